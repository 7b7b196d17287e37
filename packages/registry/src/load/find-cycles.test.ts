import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARRAY_SCHEMA_KEYWORDS, MAP_SCHEMA_KEYWORDS, SINGLE_SCHEMA_KEYWORDS } from '../keywords.js';
import { walkSchema } from '../walk.js';
import { appliesInPlaceBelow, inPlaceBelow } from './find-cycles.js';

/**
 * A cycle check of a document whose reading came from the cache decides, from pointers alone,
 * whether a `$ref` applies in place below a `$defs` entry (the document is not parsed). It must
 * give the walk's answer for every pair the check asks about: a `$defs` entry, and a `$ref`
 * found by the walk from the root.
 */
const names = fc.constantFrom('a', 'not', 'allOf', '$defs', 'x/y', 'p~q', 'items', 'properties', '0', 'constructor');

const schema: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({ $ref: 'other' }),
    fc.constant({ type: 'string' }),
    fc.record(
      {
        single: fc.dictionary(fc.constantFrom(...Object.keys(SINGLE_SCHEMA_KEYWORDS)), tie('node'), { maxKeys: 2 }),
        array: fc.dictionary(fc.constantFrom(...Object.keys(ARRAY_SCHEMA_KEYWORDS)), fc.array(tie('node'), { maxLength: 2 }), { maxKeys: 2 }),
        map: fc.dictionary(fc.constantFrom(...Object.keys(MAP_SCHEMA_KEYWORDS)), fc.dictionary(names, tie('node'), { maxKeys: 2 }), { maxKeys: 2 }),
        ref: fc.boolean(),
      },
      { requiredKeys: ['single', 'array', 'map', 'ref'] },
    ).map(({ single, array, map, ref }) => ({ ...single, ...array, ...map, ...(ref ? { $ref: 'other' } : {}) })),
  ),
})).node;

/** What the cycle check asks: every `$defs` entry found by the walk, and every `$ref` it found. */
function questions(doc: Record<string, unknown>): { defs: string[]; refs: string[] } {
  const defs: string[] = [];
  const refs: string[] = [];
  walkSchema(doc, '', ({ node, pointer }) => {
    const value = node['$defs'];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const name of Object.keys(value)) defs.push(`${pointer}/$defs/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (typeof node['$ref'] === 'string') refs.push(pointer);
  });
  return { defs, refs };
}

describe('appliesInPlaceBelow', () => {
  it('agrees with walking the document from a $defs entry, for every $ref of the document', () => {
    fc.assert(
      fc.property(schema, (doc) => {
        const { defs, refs } = questions(doc);
        for (const from of defs) {
          const walked = inPlaceBelow(doc, from);
          for (const to of refs) expect(appliesInPlaceBelow(from, to), `${from} → ${to}`).toBe(walked.has(to));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('follows in-place keywords and stops at the others', () => {
    expect(appliesInPlaceBelow('/$defs/a', '/$defs/a/allOf/0/not')).toBe(true);
    expect(appliesInPlaceBelow('/$defs/a', '/$defs/a/dependentSchemas/x~1y/then')).toBe(true);
    expect(appliesInPlaceBelow('/$defs/a', '/$defs/a/properties/not')).toBe(false);
    expect(appliesInPlaceBelow('/$defs/a', '/$defs/a/allOf')).toBe(false);
    expect(appliesInPlaceBelow('/$defs/a', '/$defs/ab')).toBe(false);
    expect(appliesInPlaceBelow('/$defs/a', '/$defs/a')).toBe(true);
  });
});
