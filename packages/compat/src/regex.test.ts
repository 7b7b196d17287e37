/**
 * The shortcuts of regex.ts must answer exactly as refa's automata do: the word of a fixed-length
 * pattern (pattern-word.ts) is the automaton's sample, and the probes that reject universality
 * never reject a pattern refa proves universal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedSets } from './fixed-pattern.js';
import { automatonIncluded, automatonSamples, patternIncluded, patternIsUniversal, patternSamples } from './regex.js';

const atom = fc.oneof(
  fc.constantFrom('a', 'Z', '0', '-', ' ', '_', '@', '\\d', '.'),
  fc
    .array(fc.constantFrom('A-Z', 'a-z', '0-9', 'C-F', '3-5', '_', '-', '.', '/', 'x', '+', '$', '(', 'ạ'), { minLength: 1, maxLength: 3 })
    .map((parts) => `[${parts.join('')}]`),
);
const piece = fc.tuple(atom, fc.constantFrom('', '', '{0}', '{1}', '{2}', '{3}', '+', '?', '{1,2}')).map(([a, q]) => a + q);
// Anchored, as the shortcut requires (an unanchored pattern's automaton can be costly to build).
const pattern = fc.array(piece, { maxLength: 4 }).map((ps) => `^${ps.join('')}$`);

/** The shortcut's word, or undefined when the shortcut does not apply. */
function fixedWordOf(p: string): string | undefined {
  return fixedSets(p) === undefined ? undefined : patternSamples(p, 1)[0];
}

describe('patternSamples', () => {
  it('gives the automaton’s words for every pattern, with or without the fixed-length shortcut', () => {
    let shortcuts = 0;
    fc.assert(
      fc.property(pattern, (p) => {
        if (fixedWordOf(p) !== undefined) shortcuts++;
        expect(patternSamples(p, 3)).toEqual(automatonSamples(p, 3));
      }),
      { numRuns: 400, seed: 5 },
    );
    // The generator reaches the shortcut often enough for the comparison to mean something.
    expect(shortcuts).toBeGreaterThan(40);
  });

  it('takes the shortcut for the dictionary’s fixed-length shapes only', () => {
    expect(fixedWordOf('^[A-Z]{2}[0-9]{7}$')).toBe('AA0000000');
    expect(fixedWordOf('^0[35789][0-9]{8}$')).toBe('0300000000');
    expect(fixedWordOf('^[0-9A-Z-]{3}$')).toBe('AAA');
    expect(fixedWordOf('^\\d{2}-x$')).toBe('00-x');
    for (const p of ['[0-9]{2}', '^[0-9]{2}', '^[0-9]{2,4}$', '^[^0-9]$', '^(a|b)$', '^a+$', '^\\w$', '^.$', '^[a-z]\\$']) expect(fixedWordOf(p), p).toBeUndefined();
  });
});

describe('patternIncluded', () => {
  // Pairs of fixed-length patterns that overlap often: the same pieces, some sets changed.
  const set = fc.constantFrom('[A-Z]', '[0-9]', '[0-9A-F]', '[A-F]', '[a-z0-9]', '[0-5]', '[3-7]', '[xa-c]', '[b-c]', 'a', '0', '-', '\\d', '[Q]');
  const sets = fc.array(set, { minLength: 1, maxLength: 5 });
  const variant = (xs: string[]): fc.Arbitrary<string[]> => fc.array(fc.tuple(fc.boolean(), set), { minLength: xs.length, maxLength: xs.length }).map((ch) => xs.map((x, i) => (ch[i]![0] ? ch[i]![1] : x)));
  const pair = sets.chain((xs) => fc.tuple(fc.constant(xs), fc.oneof(variant(xs), sets)));

  it('answers and witnesses as the automata do, with or without the fixed-length shortcut', () => {
    fc.assert(
      fc.property(pair, ([xs, ys]) => {
        const a = `^${xs.join('')}$`;
        const b = `^${ys.join('')}$`;
        expect(fixedSets(a)).toBeDefined();
        expect(patternIncluded(a, b)).toEqual(automatonIncluded(a, b));
        expect(patternIncluded(b, a)).toEqual(automatonIncluded(b, a));
        expect(patternIncluded(undefined, b)).toEqual(automatonIncluded(undefined, b));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('decides the bench’s kind of edit: a set widened, a length changed', () => {
    expect(patternIncluded('^[A-Z]{2}[0-9]{7}$', '^[A-Z]{2}[0-9A-F]{7}$')).toEqual({ included: true });
    expect(patternIncluded('^[A-Z]{2}[0-9A-F]{7}$', '^[A-Z]{2}[0-9]{7}$')).toEqual({ included: false, witness: 'AA000000A' });
    expect(patternIncluded('^[A-Z]{2}[0-9]{8}$', '^[A-Z]{2}[0-9]{7}$')).toEqual({ included: false, witness: 'AA00000000' });
    // The empty product (`^$`) too.
    for (const a of ['^$', '^a$', '^[0-9]{2}$']) for (const b of [undefined, '^$', '^a$']) expect(patternIncluded(a, b), `${a} ${b}`).toEqual(automatonIncluded(a, b));
  });
});

describe('patternIsUniversal', () => {
  it('agrees with the automaton on universal and non-universal patterns', () => {
    const universal = ['', '.*', '[^]*', 'a*', '(?:)', '^', '$', '^[^]*$', '[\\s\\S]*', 'x?'];
    const not = ['a', '^a', 'b$', '^[a-z]*$', '^.{2}$', '\\d', 'a|b', '^[^]+$', '^(?!x)'];
    for (const p of universal) expect(patternIsUniversal(p), p).toBe(true);
    for (const p of not) expect(patternIsUniversal(p), p).toBe(false);
  });

  it('is false for a pattern that is not a valid u-mode regex', () => {
    expect(patternIsUniversal('[')).toBe(false);
    expect(patternIsUniversal('\\p{Nope}*')).toBe(false);
  });
});
