/** What the engine knows about `format` (ajv-formats, full mode). */
import { KNOWN_FORMATS, NOOP_FORMATS } from '../../keywords.js';
import type { Json } from '../../json.js';

/** Pairs [narrow, wide]: every value valid for `narrow` is valid for `wide` (checked in format-table.test.ts). */
export const FORMAT_INCLUSIONS: readonly (readonly [string, string])[] = [
  ['uri', 'uri-reference'],
  ['date-time', 'iso-date-time'],
  ['time', 'iso-time'],
  ['int32', 'int64'],
];

/** The effective format: undefined for none and for formats ajv-formats accepts everything for. */
export function effectiveFormat(v: unknown): string | undefined {
  if (typeof v !== 'string' || NOOP_FORMATS.has(v)) return undefined;
  return v;
}

/** Is every value valid for format `x` valid for `y`? undefined when the engine cannot tell. */
export function formatIncluded(x: string | undefined, y: string | undefined): boolean | undefined {
  if (y === undefined || x === y) return true;
  if (!KNOWN_FORMATS.has(y)) return undefined; // ajv ignores unknown formats, ndd's validators may not
  if (x === undefined) return false;
  if (!KNOWN_FORMATS.has(x)) return undefined;
  if (FORMAT_INCLUSIONS.some(([n, w]) => n === x && w === y)) return true;
  return false;
}

/** Strings (or numbers) valid and invalid for common formats: local counterexample candidates. */
export const FORMAT_SAMPLES: Readonly<Record<string, readonly Json[]>> = {
  date: ['2024-02-29', '2025-07-01'],
  time: ['12:00:00Z', '23:59:59+07:00'],
  'date-time': ['2025-07-01T12:00:00Z', '2025-07-01T12:00:00+07:00'],
  'iso-time': ['12:00:00', '12:00:00Z'],
  'iso-date-time': ['2025-07-01T12:00:00', '2025-07-01T12:00:00Z'],
  duration: ['P1D', 'PT1H'],
  uri: ['https://example.vn/a', 'urn:x:y'],
  'uri-reference': ['a/b', '#x', 'https://example.vn/a'],
  'uri-template': ['https://example.vn/{id}'],
  url: ['https://example.vn/'],
  email: ['a@example.vn'],
  hostname: ['example.vn'],
  ipv4: ['192.168.1.1'],
  ipv6: ['::1', '2001:db8::1'],
  regex: ['^a+$'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000'],
  'json-pointer': ['/a/b', ''],
  'json-pointer-uri-fragment': ['#/a'],
  'relative-json-pointer': ['0/a', '1'],
  byte: ['aGVsbG8=', ''],
  int32: [1, 2147483647, -2147483648],
  int64: [1, 2147483648, 9007199254740991],
};

/** Generic values to try against any format. */
export const FORMAT_PROBES: readonly Json[] = ['', 'a', 'not a value', '::', '1', 'a@b', '2025-13-40', 0.5, 2147483648, 1e300, ...Object.values(FORMAT_SAMPLES).flat()];
