/**
 * Leaves judged without ajv must judge exactly as ajv compiling them does: random leaf schemas
 * (every keyword the leaf judge takes, with values of the shapes it takes and some it refuses) in
 * each dialect it serves, each against random JSON values and values chosen to sit on the edges
 * of those keywords.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWith, createAjv, referenceFormats, type Dialect } from '../dialect.js';
import type { Json, JsonObject } from '../json.js';
import { leafOracle, type LeafContext } from './leaf.js';

const DIALECTS: Dialect[] = ['draft-06', 'draft-07', '2019-09', '2020-12'];
const contextOf = (dialect: Dialect, resolve?: LeafContext['resolve']): LeafContext => ({ dialect, formats: referenceFormats, ...(resolve ? { resolve } : {}) });

const TYPE_NAMES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'];
const SCALARS: Json[] = [null, true, false, 0, 1, -1, 2, 0.5, 1.5, 100, 1e21, '', 'a', 'ab', '01', '1', 'abc', '__proto__'];
const EDGE_VALUES: Json[] = [
  ...SCALARS,
  -0,
  3,
  0.3,
  0.1 + 0.2,
  2 ** 31,
  1e308,
  'A1',
  'AB123',
  'ab12',
  'đường',
  '😀😀',
  'a\u0301',
  'a@b.vn',
  'x@y',
  '2024-02-29',
  '2023-02-29',
  '2024-01-01T10:00:00Z',
  'https://example.vn/a',
  'not a uri',
  '127.0.0.1',
  '256.1.1.1',
  '123e4567-e89b-12d3-a456-426614174000',
  '^a(',
  'YWJj',
  [],
  [1],
  [1, 1],
  [1, '1'],
  ['a', 'a'],
  ['a', 'b', 'c'],
  [null, null],
  [0, -0],
  ['__proto__', '__proto__'],
  [{ a: 1 }, { a: 1 }],
  [[1], [1]],
  [1.5, 2],
  {},
  { a: 1 },
  { a: 1, b: null },
  { a: undefined as unknown as Json },
  { kind: 'x', name: 'y', a: [] },
];

const number = fc.constantFrom(-1, 0, 0.5, 1, 2, 3, 1e9);
const leafKeyword: fc.Arbitrary<[string, Json]> = fc.oneof(
  fc.tuple(fc.constant('type'), fc.oneof(fc.constantFrom(...TYPE_NAMES), fc.uniqueArray(fc.constantFrom(...TYPE_NAMES), { minLength: 1, maxLength: 3 }))),
  fc.tuple(fc.constant('enum'), fc.uniqueArray(fc.constantFrom(...SCALARS), { minLength: 1, maxLength: 4 })),
  fc.tuple(fc.constant('const'), fc.constantFrom(...SCALARS)),
  fc.tuple(fc.constantFrom('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'), number),
  fc.tuple(fc.constant('multipleOf'), fc.constantFrom(0, 0.01, 0.1, 0.5, 1, 2, 3)),
  fc.tuple(fc.constantFrom('minLength', 'maxLength', 'minItems', 'maxItems'), fc.constantFrom(0, 1, 2, 3, 1.5)),
  fc.tuple(fc.constant('pattern'), fc.constantFrom('^a', '^[A-Z]{2}[0-9]+$', 'b$', '\\d', '^\\p{L}+$', '^.{2}$')),
  fc.tuple(fc.constant('format'), fc.constantFrom('email', 'date', 'date-time', 'uri', 'ipv4', 'uuid', 'regex', 'byte', 'int32', 'double', 'not-a-format')),
  fc.tuple(fc.constant('uniqueItems'), fc.boolean()),
  fc.tuple(fc.constant('required'), fc.uniqueArray(fc.constantFrom('a', 'b', 'kind', 'name'), { maxLength: 3 })),
  fc.tuple(fc.constantFrom('minProperties', 'maxProperties'), fc.constantFrom(0, 1, 2, 1.5)),
  fc.tuple(fc.constantFrom('title', 'description', '$comment', 'deprecated', 'x-note'), fc.constantFrom<Json>('Tên', true, 'note')),
);
const flatLeaf = fc.array(leafKeyword, { maxLength: 5 }).map((kws) => Object.fromEntries(kws) as JsonObject);
const leaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: flatLeaf },
  { weight: 1, arbitrary: fc.tuple(flatLeaf, fc.oneof(flatLeaf, fc.boolean())).map(([outer, items]) => ({ ...outer, items }) as JsonObject) },
  { weight: 1, arbitrary: fc.boolean() },
);

describe('leaf oracle', () => {
  it('reads the very format table each reference validator has', () => {
    const table = referenceFormats();
    for (const dialect of ['draft-04', ...DIALECTS] as Dialect[]) {
      const own = (createAjv(dialect) as unknown as { formats: Record<string, unknown> }).formats;
      expect(Object.keys(own).sort(), dialect).toEqual(Object.keys(table).sort());
      for (const name of Object.keys(table)) expect(own[name], `${dialect} ${name}`).toBe(table[name]);
    }
  });

  it('judges every leaf it takes exactly as ajv compiling it', () => {
    let judged = 0;
    fc.assert(
      fc.property(leaf, fc.constantFrom(...DIALECTS), fc.array(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxLength: 8 }), (schema, dialect, randomValues) => {
        const oracle = leafOracle(schema, contextOf(dialect));
        if (oracle === undefined) return;
        judged++;
        const whole = compileWith(dialect, schema);
        for (const x of [...EDGE_VALUES, ...randomValues]) {
          expect(oracle(x), `${dialect} ${JSON.stringify(schema)}: ${JSON.stringify(x)}`).toBe(whole(x) === true);
        }
      }),
      { numRuns: 400, seed: 20261207 },
    );
    // The generator must exercise the judge, not only its refusals.
    expect(judged).toBeGreaterThan(300);
  });

  it('decides uniqueItems as the code ajv generates for each kind of sibling items', () => {
    const schemas: JsonObject[] = [
      { uniqueItems: true },
      { uniqueItems: true, items: { type: 'string' } },
      { uniqueItems: true, items: { type: ['string', 'number'] } },
      { uniqueItems: true, items: { type: ['string', 'null', 'boolean'] } },
      { uniqueItems: true, items: { type: 'integer', minimum: 0 } },
      { uniqueItems: true, items: { type: ['number', 'integer'] } },
      { uniqueItems: true, items: { type: ['string', 'object'] } },
      { uniqueItems: true, items: true },
      { uniqueItems: true, items: { minLength: 1 } },
    ];
    const arrays: Json[] = [[1, '1'], ['1', '1'], [1, 1], [1, 1.0, 2], ['true', true], ['null', null], [null, null], [true, true], ['a', 1, 'a'], ['__proto__', '__proto__'], ['constructor', 'constructor'], [{ a: 1 }, { a: 1 }], ['x', { a: 1 }, 'x'], [0, -0], []];
    for (const schema of schemas) {
      const oracle = leafOracle(schema, contextOf('2020-12'));
      expect(oracle, JSON.stringify(schema)).toBeDefined();
      const whole = compileWith('2020-12', schema);
      for (const x of arrays) expect(oracle!(x), `${JSON.stringify(schema)}: ${JSON.stringify(x)}`).toBe(whole(x) === true);
    }
  });

  it('follows references to leaves, in place, and leaves cycles to ajv', () => {
    const nodes: Record<string, Json> = {
      'u#/$defs/code': { type: 'string', pattern: '^[0-9]{2}$' },
      'u#/$defs/money': { $ref: 'u#/$defs/amount', maximum: 100 },
      'u#/$defs/amount': { type: 'integer', minimum: 0 },
      'u#/$defs/loop': { $ref: 'u#/$defs/loop' },
      'u#/$defs/object': { type: 'object', properties: { a: true } },
    };
    const context = contextOf('2020-12', (ref) => nodes[ref]);
    const money = leafOracle({ type: 'array', items: { $ref: 'u#/$defs/money', title: 'Tiền' }, maxItems: 2 }, context);
    expect(money).toBeDefined();
    expect([[], [0, 100], [5]].map((x) => money!(x))).toEqual([true, true, true]);
    expect([[101], [-1], [1.5], [1, 2, 3], ['1'], 'x'].map((x) => money!(x))).toEqual([false, false, false, false, false, false]);
    const code = leafOracle({ $ref: 'u#/$defs/code', maxLength: 2 }, context);
    expect(['01', '99'].map((x) => code!(x))).toEqual([true, true]);
    expect(['1', 'ab', '001', 1].map((x) => code!(x))).toEqual([false, false, false, false]);
    for (const ref of ['u#/$defs/loop', 'u#/$defs/object', 'u#/$defs/missing']) expect(leafOracle({ $ref: ref }, context), ref).toBeUndefined();
    // Without a resolver a reference is ajv's to judge.
    expect(leafOracle({ $ref: 'u#/$defs/code' }, contextOf('2020-12'))).toBeUndefined();
  });

  it('hands to ajv what it does not judge exactly', () => {
    const refused: Json[] = [
      { type: 'foo' },
      { type: [] },
      { minimum: '1' },
      { exclusiveMinimum: true, minimum: 0 },
      { pattern: '(' },
      { pattern: 1 },
      { format: 'constructor' },
      { enum: [{ a: 1 }] },
      { enum: [] },
      { const: [1] },
      { nullable: true, type: 'string' },
      { uniqueItems: 1 },
      { items: [{ type: 'string' }] },
      { items: { type: 'string' }, prefixItems: [] },
      { type: 'object', properties: {} },
      { required: ['constructor'] },
      { required: 'a' },
      { minProperties: '1' },
      { $id: 'x' },
      { allOf: [] },
    ];
    for (const schema of refused) expect(leafOracle(schema, contextOf('2020-12')), JSON.stringify(schema)).toBeUndefined();
    // A stateful format expression, an async format: ajv's to judge.
    const custom: LeafContext = { dialect: '2020-12', formats: () => ({ sticky: /a/y, global: /a/g, later: { async: true, validate: () => true }, plain: /^a$/ }) };
    for (const name of ['sticky', 'global', 'later']) expect(leafOracle({ format: name }, custom), name).toBeUndefined();
    expect(leafOracle({ format: 'plain' }, custom)!('b')).toBe(false);
    // draft-04's bounds differ (boolean exclusive flags): none of it is judged here.
    expect(leafOracle({ type: 'string' }, contextOf('draft-04'))).toBeUndefined();
  });
});
