import type { BilingualMessage } from './types.js';

/**
 * Checks a Vietnamese personal identification number (số định danh cá nhân), the 12-digit number
 * printed on the citizen identity card (thẻ căn cước công dân / thẻ căn cước).
 *
 * Structure `PPP G YY RRRRRR` (Decree 137/2015/NĐ-CP Art. 13; Circular 07/2016/TT-BCA Art. 7):
 * - `PPP`: code of the province, or of the country for births registered abroad, where the birth
 *   was registered;
 * - `G`: century and sex (1900s: 0 male, 1 female; 2000s: 2/3; 2100s: 4/5; 2200s: 6/7; 2300s: 8/9);
 * - `YY`: last two digits of the year of birth;
 * - `RRRRRR`: a random range. There is **no check digit**.
 *
 * What is checked, and why no more:
 * - exactly 12 ASCII digits;
 * - `G` ∈ 0–3, i.e. a birth year 1900–2099. Codes 4–9 denote births in 2100 or later, which no
 *   real number can carry before 1 January 2100. This is the only rule that depends on the
 *   calendar; it must be relaxed to `G` ≤ 5 on that date.
 * - `PPP` is **not** checked against a list, on purpose. Births registered abroad carry a country
 *   code whose list and range we could not read in the legal text, and which code is given to
 *   births registered after the 1 July 2025 merger of provinces is not known. Rejecting an
 *   unknown `PPP` could reject a real person's number; a national validator must never do that.
 *   The 63 province codes of Circular 07/2016/TT-BCA Appendix 1 are exported separately
 *   ({@link isKnownBirthRegistrationProvinceCode}) for advisory checks (lint, data quality), not
 *   for validation.
 * - a birth year later than today is not rejected here: that needs a clock, and a format checker
 *   must be pure. Compare {@link personalIdBirthYear} with the date of birth instead.
 */
export function isVnPersonalId(value: string): boolean {
  if (value.length !== 12) return false;
  for (let i = 0; i < 12; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return value.charCodeAt(3) - 48 <= 3;
}

/**
 * The year of birth encoded by a personal identification number (`G` and `YY`), or `undefined`
 * when `value` is not a valid number. Useful to cross-check a record's date of birth.
 */
export function personalIdBirthYear(value: string): number | undefined {
  if (!isVnPersonalId(value)) return undefined;
  const century = Math.floor((value.charCodeAt(3) - 48) / 2);
  return 1900 + century * 100 + Number(value.slice(4, 6));
}

/**
 * The sex encoded by a personal identification number: even `G` male, odd `G` female
 * (ISO/IEC 5218 codes 1 and 2), or `undefined` when `value` is not a valid number.
 */
export function personalIdSex(value: string): 1 | 2 | undefined {
  if (!isVnPersonalId(value)) return undefined;
  return (value.charCodeAt(3) - 48) % 2 === 0 ? 1 : 2;
}

/**
 * The 63 birth-registration province codes of Circular 07/2016/TT-BCA, Appendix 1 (`0` + the
 * pre-2025 statistical province code). Advisory only: see {@link isVnPersonalId}.
 */
const PROVINCE_CODES_2016 =
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096';

/**
 * Whether `code` is one of the 63 province codes of Circular 07/2016/TT-BCA Appendix 1. A number
 * whose `PPP` is not in this list may still be real (a birth registered abroad carries a country
 * code), so this is a data-quality hint, never a validity rule.
 */
export function isKnownBirthRegistrationProvinceCode(code: string): boolean {
  return code.length === 3 && /^\d{3}$/.test(code) && PROVINCE_CODES_2016.includes(code);
}

/** Error message of the `vn-personal-id` format. */
export const vnPersonalIdMessage: BilingualMessage = {
  vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số; chữ số thứ tư (mã thế kỷ và giới tính) phải từ 0 đến 3 (năm sinh 1900–2099).',
  en: 'Personal identification number must be exactly 12 digits; the fourth digit (century and sex code) must be 0 to 3 (born 1900–2099).',
};
