import { describe, expect, it } from 'vitest';
import { NASTY } from '../test-support/nasty.js';
import { escapeText, formatMarkdown, inlineCode } from './markdown.js';

/** Splits a GFM table row into cells the way GitHub does: on `|` not preceded by a backslash. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

describe('formatMarkdown', () => {
  it('escapes pipes, backticks, HTML and line breaks in text', () => {
    expect(escapeText('a | b `c` <script>\nd')).toBe('a \\| b \\`c\\` \\<script\\><br>d');
    expect(escapeText('Họ và tên')).toBe('Họ và tên');
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('``` x')).toBe('```` ``` x ````');
    expect(inlineCode('a|b')).toBe('`a\\|b`');
  });

  it('writes a summary table and one four-cell row per finding, whatever the message holds', () => {
    const out = formatMarkdown(NASTY, { tool: { name: 'ndd', version: '1.2.3' } });
    const lines = out.split('\n');
    expect(lines[0]).toBe('### ❌ ndd: 4 problems');
    expect(out).toContain('| ❌ error | 2 |\n| ⚠️ warning | 1 |\n| ℹ️ info | 1 |');
    const rows = lines.filter((l) => l.startsWith('| ') && /^\| (❌|⚠️|ℹ️) \|/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
    const nasty = rows.find((r) => r.includes('hoTen'))!;
    expect(cells(nasty)).toEqual([
      '❌',
      '`core/person/v1.schema.json:4:14`<br>`/properties/hoTen`',
      '`dangling-ref`',
      'Không tìm thấy \\`$ref\\` "../name/v9": 100% lost \\| gone,<br>second line<br>third<br>💡 Dùng $id tuyệt đối: https://schemas.ndd.gov.vn/core/name/v1',
    ]);
    expect(cells(rows.find((r) => r.includes('odd'))!)[1]).toBe('`core/dir, with: odd\\|chars/v1.schema.json:1:1`');
  });

  it('caps the table and says how many were left out', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ code: 'c', severity: 'error' as const, message: `m${i}` }));
    const out = formatMarkdown(many, { maxRows: 3 });
    expect(out.split('\n').filter((l) => l.startsWith('| ❌ |'))).toHaveLength(3);
    expect(out).toContain('… and 4 more problems');
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown([])).toBe('### ✅ ndd: no problems found\n');
  });
});
