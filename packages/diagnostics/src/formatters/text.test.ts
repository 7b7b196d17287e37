import { describe, expect, it } from 'vitest';
import { NASTY, PERSON_SOURCE } from '../test-support/nasty.js';
import { formatText } from './text.js';

const sources = (file: string) => (file === 'core/person/v1.schema.json' ? PERSON_SOURCE : undefined);
const ESC = String.fromCharCode(27);

describe('formatText', () => {
  it('prints location, severity, message and code, then a code frame with a caret run under the span', () => {
    const out = formatText([NASTY[0]!], { sources });
    expect(out).toBe(
      [
        'core/person/v1.schema.json:4:14  error  Không tìm thấy `$ref` "../name/v9": 100% lost | gone,  [dangling-ref]',
        '    second line',
        '    third',
        '  at /properties/hoTen',
        '  2 |   "$id": "https://schemas.ndd.gov.vn/core/person/v1",',
        '  3 |   "properties": {',
        '> 4 |     "hoTen": { "$ref": "../name/v9" },',
        '    |              ^^^^^^^^^^^^^^^^^^^^^^^^',
        '  5 | \t"sex": { "$ref": "#/$defs/nope" }',
        '  6 |   }',
        '  hint: Dùng $id tuyệt đối: https://schemas.ndd.gov.vn/core/name/v1',
        '',
        '1 problem (1 error, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('keeps tabs in the caret padding so the caret lines up under a tab-indented line', () => {
    const out = formatText([NASTY[1]!], { sources, contextLines: 0 });
    expect(out).toContain('> 5 | \t"sex": { "$ref": "#/$defs/nope" }\n    | \t        ^\n');
  });

  it('sorts findings deterministically, whatever the input order', () => {
    const forward = formatText(NASTY, { sources });
    const backward = formatText([...NASTY].reverse(), { sources });
    expect(backward).toBe(forward);
    // A finding without a file sorts first; then files in code-point order.
    const heads = forward.split('\n').filter((l) => /\[[a-z-]+\]$/.test(l));
    expect(heads.map((h) => h.split('  ')[0])).toEqual([
      'info',
      'core/dir, with: odd|chars/v1.schema.json:1:1',
      'core/person/v1.schema.json:4:14',
      'core/person/v1.schema.json:5:10',
    ]);
    expect(forward.trimEnd().split('\n').at(-1)).toBe('4 problems (2 errors, 1 warning, 1 info)');
  });

  it('uses ANSI colours only when asked', () => {
    expect(formatText(NASTY, { sources })).not.toContain(ESC);
    expect(formatText(NASTY, { sources, color: true })).toContain(`${ESC}[31merror`);
  });

  it('neutralises terminal escape sequences in messages and source lines', () => {
    const hostile = { code: 'x', severity: 'error' as const, message: `clear ${ESC}[2J screen`, file: 'a.json', start: { line: 1, column: 1 } };
    const out = formatText([hostile], { sources: () => `${ESC}]0;title\u0007` });
    expect(out).not.toContain(ESC);
    expect(out).toContain('clear \\u001b[2J screen');
    expect(out).toContain('> 1 | \\u001b]0;title\\u0007');
  });

  it('survives positions outside the source and says so when nothing is wrong', () => {
    const far = { code: 'x', severity: 'warning' as const, message: 'm', file: 'a.json', start: { line: 99, column: 5 } };
    expect(formatText([far], { sources: () => 'one line' })).toBe('a.json:99:5  warning  m  [x]\n\n1 problem (0 errors, 1 warning, 0 infos)\n');
    expect(formatText([])).toBe('No problems found.\n');
  });
});
