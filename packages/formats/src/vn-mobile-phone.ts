import type { BilingualMessage } from './types.js';

/**
 * Checks a Vietnamese mobile number in its national form: 10 digits, `0` followed by a
 * prefix digit 3, 5, 7, 8 or 9 and eight more digits (e.g. `0912345678`).
 *
 * Mobile numbers have 10 digits since the 11→10-digit conversion of 2018–2019 (Ministry of
 * Information and Communications). The check is deliberately permissive on the second and third
 * digits: the list of allocated prefixes changes (new carriers, reallocation) and carriers cannot
 * be inferred from the prefix because of number portability; a national validator must not reject
 * a number a carrier has issued. Separators (spaces, dots) are rejected: store digits only.
 * The international form is a separate format, `vn-phone-e164`.
 */
export function isVnMobilePhone(value: string): boolean {
  return /^0[35789][0-9]{8}$/.test(value);
}

/** Error message of the `vn-mobile-phone` format. */
export const vnMobilePhoneMessage: BilingualMessage = {
  vi: 'Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09, không có dấu cách hay dấu chấm.',
  en: 'Mobile phone number must be 10 digits starting with 03, 05, 07, 08 or 09, without spaces or dots.',
};
