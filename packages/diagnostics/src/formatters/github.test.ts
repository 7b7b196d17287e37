import { describe, expect, it } from 'vitest';
import { NASTY } from '../test-support/nasty.js';
import { escapeData, escapeProperty, formatGithub } from './github.js';

describe('formatGithub', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab:c,d');
    expect(escapeProperty('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab%3Ac%2Cd');
    // `%` is escaped first: an escape sequence already in the text must survive as text.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('prints one workflow command per finding, one line each', () => {
    const lines = formatGithub(NASTY).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual([
      '::notice title=ndd config-missing::No file at all ``` here',
      '::warning file=core/dir%2C with%3A odd|chars/v1.schema.json,line=1,col=1,title=ndd label-not-nfc::Nhãn "Ho\u0323 tên" is not NFC',
      '::error file=core/person/v1.schema.json,line=4,col=14,endColumn=38,title=ndd dangling-ref::' +
        'Không tìm thấy `$ref` "../name/v9": 100%25 lost | gone,%0Asecond line%0D%0Athird%0AHint: Dùng $id tuyệt đối: https://schemas.ndd.gov.vn/core/name/v1',
      '::error file=core/person/v1.schema.json,line=5,col=10,title=ndd dangling-ref::No `#/$defs/nope` in this file',
    ]);
  });

  it('gives no columns of a multi-line span beyond the start (GitHub rejects them)', () => {
    const span = { code: 'x', severity: 'error' as const, message: 'm', file: 'f', start: { line: 2, column: 3 }, end: { line: 4, column: 1 } };
    expect(formatGithub([span])).toBe('::error file=f,line=2,col=3,title=ndd x::m\n');
  });

  it('prints nothing for no findings', () => {
    expect(formatGithub([])).toBe('');
  });
});
