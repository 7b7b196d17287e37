import type { Diagnostic } from '../diagnostic.js';

/** A source file as the loader would report it. */
export const PERSON_SOURCE = [
  '{',
  '  "$id": "https://schemas.ndd.gov.vn/core/person/v1",',
  '  "properties": {',
  '    "hoTen": { "$ref": "../name/v9" },',
  '\t"sex": { "$ref": "#/$defs/nope" }',
  '  }',
  '}',
].join('\n');

/** Findings chosen to break naive formatters: `%`, line breaks, `|`, backticks, `:` and `,`, Vietnamese. */
export const NASTY: readonly Diagnostic[] = [
  {
    code: 'dangling-ref',
    severity: 'error',
    message: 'Không tìm thấy `$ref` "../name/v9": 100% lost | gone,\nsecond line\r\nthird',
    file: 'core/person/v1.schema.json',
    pointer: '/properties/hoTen',
    start: { line: 4, column: 14 },
    end: { line: 4, column: 38 },
    hint: 'Dùng $id tuyệt đối: https://schemas.ndd.gov.vn/core/name/v1',
  },
  {
    code: 'dangling-ref',
    severity: 'error',
    message: 'No `#/$defs/nope` in this file',
    file: 'core/person/v1.schema.json',
    pointer: '/properties/sex',
    start: { line: 5, column: 10 },
  },
  {
    code: 'label-not-nfc',
    severity: 'warning',
    message: 'Nhãn "Ho\u0323 tên" is not NFC',
    file: 'core/dir, with: odd|chars/v1.schema.json',
    start: { line: 1, column: 1 },
  },
  { code: 'config-missing', severity: 'info', message: 'No file at all ``` here' },
];
