import type { BilingualMessage } from './types.js';
import { isVnPhone } from './vn-phone.js';

/**
 * Checks a Vietnamese telephone number in the international E.164 form: `+84` followed by the
 * national number without its leading `0` (`0912345678` → `+84912345678`,
 * `02438253535` → `+842438253535`). The national part must be a valid mobile or landline number
 * ({@link isVnPhone}).
 */
export function isVnPhoneE164(value: string): boolean {
  return value.startsWith('+84') && isVnPhone('0' + value.slice(3));
}

/** Error message of the `vn-phone-e164` format. */
export const vnPhoneE164Message: BilingualMessage = {
  vi: 'Số điện thoại quốc tế phải có dạng +84 và số trong nước bỏ chữ số 0 đầu (ví dụ +84912345678).',
  en: 'International phone number must be +84 followed by the national number without its leading 0 (e.g. +84912345678).',
};
