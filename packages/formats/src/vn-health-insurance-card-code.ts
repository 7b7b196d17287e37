import type { BilingualMessage } from './types.js';

/**
 * Checks the 15-character health insurance card code (mã thẻ bảo hiểm y tế) of the card model
 * applied from 2017 (Official Letter 3340/BHXH-ST): `AA B PP NNNNNNNNNN` =
 * two capital Latin letters (beneficiary group) + benefit level 1–5 + two-digit code of the
 * issuing province + the 10-digit social insurance number (e.g. `DN4797912345678`).
 *
 * The two-letter group is not checked against a list: the list (Law on Health Insurance and its
 * decrees) changes over time and was not verified here. Cards issued since 1 April 2021 print
 * only the 10-digit social insurance number; that is the `vn-social-insurance-number` format.
 */
export function isVnHealthInsuranceCardCode(value: string): boolean {
  return /^[A-Z]{2}[1-5][0-9]{12}$/.test(value);
}

/** Error message of the `vn-health-insurance-card-code` format. */
export const vnHealthInsuranceCardCodeMessage: BilingualMessage = {
  vi: 'Mã thẻ bảo hiểm y tế phải gồm 15 ký tự: 2 chữ cái in hoa (nhóm đối tượng), 1 chữ số mức hưởng từ 1 đến 5, 2 chữ số mã tỉnh và 10 chữ số mã số bảo hiểm xã hội.',
  en: 'Health insurance card code must be 15 characters: 2 capital letters (beneficiary group), a benefit level digit 1 to 5, a 2-digit province code and the 10-digit social insurance number.',
};
