import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countKeysInText, parseJson } from './parse-json.js';

function keysOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + keysOf(v), 0);
  return Object.entries(value).reduce((n, [, v]) => n + 1 + keysOf(v), 0);
}

describe('countKeysInText', () => {
  it('counts keys, not strings that look like keys', () => {
    const text = '{"a": "x\\": y", "b\\"": [":", {"": ":"}], ":c": "\\\\", "d": {"e\\\\": 1}}';
    expect(countKeysInText(text)).toBe(keysOf(JSON.parse(text)));
    expect(countKeysInText(text)).toBe(6);
  });

  it('equals the number of keys of any JSON value, however it is spaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space as never) ?? 'null';
        expect(countKeysInText(text)).toBe(keysOf(JSON.parse(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJson', () => {
  it('finds duplicate keys, with their position, at any depth', () => {
    const result = parseJson('f.json', '{\n  "a": {"x": 1, "y": 2, "x": 3},\n  "b": 1\n}');
    expect(result.diagnostics.map((d) => [d.code, d.pointer, d.start?.line, d.start?.column])).toEqual([['duplicate-key', '/a/x', 2, 25]]);
  });

  it('returns a deeply frozen value', () => {
    const { value } = parseJson('f.json', '{"a": [{"b": 1}]}') as { value: { a: { b: number }[] } };
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a[0])).toBe(true);
  });
});
