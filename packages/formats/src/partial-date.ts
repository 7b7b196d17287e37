import type { BilingualMessage } from './types.js';

/**
 * Checks a possibly partial calendar date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 extended
 * form, reduced precision), as civil records hold dates of birth known only to the year or the
 * month. Months 01–12; days must exist in that month of that year (Gregorian leap years:
 * divisible by 4, except centuries not divisible by 400). Year 0000 is rejected (no civil record
 * carries it); years 0001–9999 are accepted.
 */
export function isPartialDate(value: string): boolean {
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  if (year === 0) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Error message of the `partial-date` format. */
export const partialDateMessage: BilingualMessage = {
  vi: 'Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD và là ngày có thật (tháng 01–12, ngày có trong tháng đó).',
  en: 'Date must be YYYY, YYYY-MM or YYYY-MM-DD and exist in the calendar (month 01–12, a day of that month).',
};
