import type { BilingualMessage } from './types.js';

/**
 * Checks a social insurance number (mã số bảo hiểm xã hội): 10 digits, one per person for life,
 * issued by Vietnam Social Security. No check digit or inner structure has been verified in a
 * legal text, so only the length and the digits are checked.
 */
export function isVnSocialInsuranceNumber(value: string): boolean {
  return /^[0-9]{10}$/.test(value);
}

/** Error message of the `vn-social-insurance-number` format. */
export const vnSocialInsuranceNumberMessage: BilingualMessage = {
  vi: 'Mã số bảo hiểm xã hội phải gồm đúng 10 chữ số.',
  en: 'Social insurance number must be exactly 10 digits.',
};
