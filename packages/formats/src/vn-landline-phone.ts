import type { BilingualMessage } from './types.js';

/**
 * Checks a Vietnamese fixed-line (landline) number in its national form: 11 digits, `02` followed
 * by nine digits: the area code (024 Hà Nội, 028 Thành phố Hồ Chí Minh, 02xx elsewhere) and the
 * subscriber number (e.g. `02438253535`).
 *
 * All area codes start with `2` since the conversion of 2017. The area code itself is not checked
 * against a list: the list was not verified and the old codes still route after the 2025 merger
 * of provinces. Service numbers (1800, 1900) are not landlines.
 */
export function isVnLandlinePhone(value: string): boolean {
  return /^02[0-9]{9}$/.test(value);
}

/** Error message of the `vn-landline-phone` format. */
export const vnLandlinePhoneMessage: BilingualMessage = {
  vi: 'Số điện thoại cố định phải gồm 11 chữ số, bắt đầu bằng 02 (mã vùng và số thuê bao), không có dấu cách hay dấu chấm.',
  en: 'Landline phone number must be 11 digits starting with 02 (area code and subscriber number), without spaces or dots.',
};
