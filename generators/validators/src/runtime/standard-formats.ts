/**
 * ESM checkers for JSON Schema's own formats, one module each under `_runtime/formats/`, with
 * ajv-formats' ("full" mode) semantics and a bilingual message. Only those listed here can be
 * generated; any other standard format is reported as a diagnostic, never silently accepted.
 */
export interface StandardFormat {
  readonly source: string;
}

const message = (vi: string, en: string): string =>
  `export const message = Object.freeze({ vi: ${JSON.stringify(vi)}, en: ${JSON.stringify(en)} });\n`;

const DATE_CHECK = `const DATE = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isDate(str) {
  const m = DATE.exec(str);
  if (!m) return false;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}
`;

const TIME_CHECK = `const TIME = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i;
function isTime(str) {
  const m = TIME.exec(str);
  if (!m) return false;
  const hr = +m[1];
  const min = +m[2];
  const sec = +m[3];
  const tzSign = m[5] === "-" ? -1 : 1;
  const tzH = +(m[6] || 0);
  const tzM = +(m[7] || 0);
  if (tzH > 23 || tzM > 59 || !m[4]) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second is 23:59:60 UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
`;

/** Format name → module source. */
export const STANDARD_FORMAT_MODULES: Readonly<Record<string, StandardFormat>> = {
  date: {
    source: `${DATE_CHECK}export const check = isDate;\n${message('Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.', 'A date must be YYYY-MM-DD and a real day.')}`,
  },
  time: {
    source: `${TIME_CHECK}export const check = isTime;\n${message('Giờ phải có dạng hh:mm:ss kèm múi giờ (RFC 3339).', 'A time must be hh:mm:ss with a time zone (RFC 3339).')}`,
  },
  'date-time': {
    source: `${DATE_CHECK}${TIME_CHECK}const SEPARATOR = /t|\\s/i;
export function check(str) {
  const parts = str.split(SEPARATOR);
  return parts.length === 2 && isDate(parts[0]) && isTime(parts[1]);
}
${message('Thời điểm phải có dạng YYYY-MM-DDThh:mm:ss kèm múi giờ (RFC 3339).', 'A date-time must be YYYY-MM-DDThh:mm:ss with a time zone (RFC 3339).')}`,
  },
  email: {
    source: `const EMAIL = /^[a-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
export function check(str) {
  return EMAIL.test(str);
}
${message('Địa chỉ thư điện tử không hợp lệ.', 'Not a valid email address.')}`,
  },
  uuid: {
    source: `const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
export function check(str) {
  return UUID.test(str);
}
${message('Giá trị phải là một UUID.', 'Value must be a UUID.')}`,
  },
  ipv4: {
    source: `const IPV4 = /^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$/;
export function check(str) {
  return IPV4.test(str);
}
${message('Giá trị phải là một địa chỉ IPv4.', 'Value must be an IPv4 address.')}`,
  },
  hostname: {
    source: `const HOSTNAME = /^(?=.{1,253}\\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\\.?$/i;
export function check(str) {
  return HOSTNAME.test(str);
}
${message('Giá trị phải là một tên miền.', 'Value must be a host name.')}`,
  },
};
