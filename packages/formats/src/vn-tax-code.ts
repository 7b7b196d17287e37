import type { BilingualMessage } from './types.js';
import { isVnPersonalId } from './vn-personal-id.js';

/** Weights of the tax-code check digit, for N1..N9. */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

function isDigits(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The check digit N10 of a 10-digit tax code computed from its first nine digits, or `undefined`
 * when no check digit exists for that prefix.
 *
 * `r = (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11`,
 * `N10 = 10 − r`. When `r = 10`, N10 = 0. When `r = 0`, `10 − r` is not a digit: such prefixes
 * are not issued, so the prefix has no valid tax code (`undefined`). The rule is the one the tax
 * system applies (checked against real codes such as 0100109106); the `r = 0` case is inferred
 * from the formula and from public validators (confidence: likely).
 */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (firstNine.length !== 9 || !isDigits(firstNine, 0, 9)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (WEIGHTS[i] ?? 0) * (firstNine.charCodeAt(i) - 48);
  const r = sum % 11;
  return r === 0 ? undefined : 10 - r;
}

/** Whether `value` is a 10-digit tax code whose tenth digit is the check digit. */
function isTenDigitTaxCode(value: string): boolean {
  if (value.length !== 10 || !isDigits(value, 0, 10)) return false;
  return taxCodeCheckDigit(value.slice(0, 9)) === value.charCodeAt(9) - 48;
}

/**
 * Checks a Vietnamese tax identification number (mã số thuế), in one of its three forms:
 * - 10 digits, the last a check digit ({@link taxCodeCheckDigit}): enterprises and organisations
 *   (the enterprise code is the tax code), and individuals registered before 1 July 2025;
 * - 13 characters `NNNNNNNNNN-NNN`: a dependent unit (branch, representative office…); the head is
 *   a valid 10-digit tax code, the suffix 001–999 (never 000). Only the hyphenated form is
 *   accepted: it is the form printed on registration certificates and e-invoices, and one field
 *   must not accept two spellings of the same code;
 * - 12 digits: the personal identification number, which individuals, household businesses and
 *   dependants use as their tax code since 1 July 2025 (Circular 86/2024/TT-BTC); checked as a
 *   personal identification number (no tax check digit).
 *
 * Legal basis: Law on Tax Administration 38/2019/QH14 Art. 30; Circular 105/2020/TT-BTC Art. 5;
 * Circular 86/2024/TT-BTC; from 1 July 2026 Law 108/2025/QH15 and Circular 90/2026/TT-BTC Art. 5,
 * which by secondary sources keep the same structure (texts not read).
 */
export function isVnTaxCode(value: string): boolean {
  switch (value.length) {
    case 10:
      return isTenDigitTaxCode(value);
    case 12:
      return isVnPersonalId(value);
    case 14:
      return (
        value.charCodeAt(10) === 45 /* - */ &&
        isTenDigitTaxCode(value.slice(0, 10)) &&
        isDigits(value, 11, 14) &&
        value.slice(11) !== '000'
      );
    default:
      return false;
  }
}

/** Error message of the `vn-tax-code` format. */
export const vnTaxCodeMessage: BilingualMessage = {
  vi: 'Mã số thuế phải gồm 10 chữ số với chữ số kiểm tra đúng, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số từ 001 đến 999 (đơn vị phụ thuộc), hoặc là số định danh cá nhân 12 chữ số.',
  en: 'Tax code must be 10 digits with a correct check digit, or 10 digits, a hyphen and 3 digits from 001 to 999 (dependent unit), or a 12-digit personal identification number.',
};
