import { describe, expect, it } from 'vitest';
import { NASTY } from '../test-support/nasty.js';
import { formatJson } from './json.js';

describe('formatJson', () => {
  it('prints exactly one JSON document that round-trips every field, nasty text included', () => {
    const out = formatJson(NASTY);
    expect(out.endsWith('}\n')).toBe(true);
    const report = JSON.parse(out);
    expect(report.summary).toEqual({ total: 4, error: 2, warning: 1, info: 1 });
    expect(report.diagnostics).toHaveLength(4);
    const first = report.diagnostics.find((d: { pointer?: string }) => d.pointer === '/properties/hoTen');
    expect(first).toEqual(NASTY[0]);
    expect(report.diagnostics[0]).toEqual({ code: 'config-missing', severity: 'info', message: 'No file at all ``` here' });
  });

  it('is byte-identical whatever the input order and key order', () => {
    const shuffled = [NASTY[2]!, NASTY[0]!, NASTY[3]!, NASTY[1]!].map((d) => Object.fromEntries(Object.entries(d).reverse()));
    expect(formatJson(shuffled as never)).toBe(formatJson(NASTY));
  });

  it('reports an empty list as a zero summary', () => {
    expect(JSON.parse(formatJson([]))).toEqual({ summary: { total: 0, error: 0, warning: 0, info: 0 }, diagnostics: [] });
  });
});
