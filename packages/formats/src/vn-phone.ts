import type { BilingualMessage } from './types.js';
import { isVnLandlinePhone } from './vn-landline-phone.js';
import { isVnMobilePhone } from './vn-mobile-phone.js';

/**
 * Checks a Vietnamese telephone number in its national form, mobile (10 digits) or landline
 * (11 digits): {@link isVnMobilePhone} or {@link isVnLandlinePhone}. The international form
 * (`+84…`) is the separate format `vn-phone-e164`, so that one field holds one spelling.
 */
export function isVnPhone(value: string): boolean {
  return isVnMobilePhone(value) || isVnLandlinePhone(value);
}

/** Error message of the `vn-phone` format. */
export const vnPhoneMessage: BilingualMessage = {
  vi: 'Số điện thoại phải là số di động 10 chữ số (03, 05, 07, 08, 09…) hoặc số cố định 11 chữ số (02…), chỉ gồm chữ số.',
  en: 'Phone number must be a 10-digit mobile number (03, 05, 07, 08, 09…) or an 11-digit landline number (02…), digits only.',
};
