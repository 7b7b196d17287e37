/**
 * The split oracle must judge exactly as ajv compiling the whole document does: every fixture
 * schema, the public conformance suite's schemas, the dictionary's shapes (closed entities with
 * `$ref`s into `$defs`, recursion), each against instances built from its own properties.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileWith, dialectOf } from './dialect.js';
import { isObject, type Json, type JsonObject } from './json.js';
import { compileOracle, isSplit } from './oracle.js';
import { shellOracle } from './oracle/shell.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../testdata');
const conformance = join(here, '../../../../shared/conformance/apicurio-json-schema.json');
const read = (p: string): Json => JSON.parse(readFileSync(p, 'utf8')) as Json;

const VALUES: Json[] = [null, true, false, 0, 1, -1, 1.5, 1e9, '', 'a', 'abc', 'ABC-12', '2024-02-29', 'a@b.vn', '079203000123', [], [1], ['a', 'b'], [{}], {}, { a: 1 }, { kind: 'x' }];

/** Instances: the probes, each property alone with each value, and a few mixes. */
function instancesFor(schema: Json): Json[] {
  const out: Json[] = [...VALUES];
  const props = isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const required = isObject(schema) && Array.isArray(schema.required) ? (schema.required as string[]) : [];
  for (const p of [...props, 'extra']) for (const v of VALUES) out.push({ [p]: v });
  for (let i = 0; i < VALUES.length; i++) {
    const o: JsonObject = {};
    props.forEach((p, j) => (o[p] = VALUES[(i + j) % VALUES.length] as Json));
    out.push(o);
    const r: JsonObject = {};
    required.forEach((p, j) => (r[p] = VALUES[(i * 3 + j) % VALUES.length] as Json));
    out.push(r, { ...r, extra: VALUES[i] as Json });
  }
  if (isObject(schema) && Array.isArray(schema.examples)) out.push(...(schema.examples as Json[]));
  return out;
}

function schemas(): [string, Json][] {
  const out: [string, Json][] = [];
  for (const name of readdirSync(fixtures).sort()) {
    for (const side of ['before', 'after']) {
      const p = join(fixtures, name, `${side}.json`);
      if (existsSync(p)) out.push([`${name}/${side}`, read(p)]);
    }
  }
  if (existsSync(conformance)) {
    const suite = read(conformance) as unknown;
    const cases = (Array.isArray(suite) ? suite : isObject(suite) && Array.isArray(suite.cases) ? suite.cases : []) as JsonObject[];
    cases.forEach((c, i) => {
      for (const k of ['original', 'updated', 'before', 'after', 'old', 'new']) if (c[k] !== undefined && typeof c[k] !== 'string') out.push([`conformance#${i}/${k}`, c[k] as Json]);
    });
  }
  return out;
}

const DICTIONARY_SHAPE: Json = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.ndd.gov.vn/core/person/v1',
  type: 'object',
  properties: {
    name: { title: 'Họ và tên', type: 'string', minLength: 1, maxLength: 100 },
    address: { $ref: '#/$defs/core~1address~1v1' },
    aliases: { type: 'array', items: { $ref: '#/$defs/core~1address~1v1' } },
    parent: { $ref: '#' },
    kind: { enum: ['a', 'b'] },
  },
  required: ['name'],
  additionalProperties: false,
  $defs: {
    'core/address/v1': { title: 'Địa chỉ', type: 'object', properties: { line: { type: 'string', pattern: '^[^<>]*$' }, next: { $ref: '#/$defs/core~1address~1v1' } }, additionalProperties: false },
  },
};

/** An entity with an inline nested object (itself closed, with a lone reference and a nested object below). */
const NESTED_SHAPE: Json = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    residence: {
      type: 'object',
      properties: {
        address: { $ref: '#/$defs/line' },
        since: { type: 'object', properties: { year: { type: 'integer', minimum: 1900 } }, required: ['year'] },
      },
      required: ['address'],
      additionalProperties: false,
    },
    extra: { type: 'object', additionalProperties: { $ref: '#/$defs/line' } },
  },
  $defs: { line: { type: 'string', maxLength: 3 } },
};

/** An entity whose arrays are split element by element (of references, of inline objects, bounded, unique, empty). */
const ARRAY_SHAPE: Json = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    lines: { type: 'array', items: { $ref: '#/$defs/line' }, maxItems: 2 },
    people: { type: 'array', minItems: 1, items: { type: 'object', properties: { name: { $ref: '#/$defs/line' } }, required: ['name'], additionalProperties: false } },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    codes: { type: 'array', items: { type: 'string', $ref: '#/$defs/line' }, uniqueItems: true },
    nothing: { items: false },
    maybe: { type: ['array', 'null'], items: { type: 'integer' } },
  },
  $defs: { line: { type: 'string', maxLength: 3 } },
};

describe('split oracle', () => {
  it('judges the shells it does not hand to ajv exactly as ajv does', () => {
    const shells: JsonObject[] = [
      {},
      { type: 'object' },
      { type: 'array' },
      { type: 'object', required: ['a', 'b'] },
      { required: ['a'] },
      { type: 'object', required: [], minProperties: 1, maxProperties: 2 },
      { minProperties: 2 },
      { type: 'array', minItems: 1, maxItems: 2 },
      { maxItems: 0 },
      { type: 'array', uniqueItems: false },
      { type: 'array', uniqueItems: true },
      { uniqueItems: true, maxItems: 3 },
    ];
    const instances: Json[] = [...VALUES, { a: 1, b: null }, { a: null }, { b: 1 }, { a: 1, b: 2, c: 3 }, [1, 1], [1, 2, 3], ['a', 'a'], [1, '1'], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }], [[1], [1]], [null, null], [0, -0], ['__proto__', '__proto__'], [1, 2, 1]];
    for (const shell of shells) {
      const oracle = shellOracle(shell);
      expect(oracle, JSON.stringify(shell)).toBeDefined();
      const whole = compileWith('2020-12', shell);
      for (const x of instances) expect(oracle!(x), `${JSON.stringify(shell)}: ${JSON.stringify(x)}`).toBe(whole(x) === true);
    }
    // What ajv must judge: other types, names the prototype has, malformed counts and flags.
    for (const shell of [{ type: 'integer' }, { type: ['object', 'null'] }, { uniqueItems: 'yes' }, { required: ['constructor'] }, { minItems: 1.5 }, { const: 1 }] as JsonObject[]) {
      expect(shellOracle(shell), JSON.stringify(shell)).toBeUndefined();
    }
  });

  it('judges arrays element by element exactly as ajv compiling the whole document', () => {
    const whole = compileWith('2020-12', ARRAY_SHAPE);
    const oracle = compileOracle(ARRAY_SHAPE, '2020-12');
    const arrays: Json[] = [[], ['ab'], ['ab', 'cd'], ['ab', 'cd', 'ef'], ['abcd'], [1], [{}], [{ name: 'ab' }], [{ name: 'abcd' }], [{ name: 'ab', x: 1 }], ['a', 'a'], ['a', 'b'], [1, 2], [1.5], ['__proto__', '__proto__'], null, 'ab', {}];
    const instances: Json[] = ['lines', 'people', 'tags', 'codes', 'nothing', 'maybe'].flatMap((p) => arrays.map((a) => ({ [p]: a })));
    for (const x of instances) expect(oracle(x), JSON.stringify(x)).toBe(whole(x) === true);
    expect(instances.filter((x) => whole(x) === true).length).toBeGreaterThan(10);
    expect(instances.filter((x) => whole(x) !== true).length).toBeGreaterThan(10);
  });

  it('judges instances inside an inline nested object exactly as ajv compiling the whole document', () => {
    const whole = compileWith('2020-12', NESTED_SHAPE);
    const oracle = compileOracle(NESTED_SHAPE, '2020-12');
    const inner: Json[] = [...VALUES, { address: 'ab' }, { address: 'abcd' }, { address: 1 }, { address: 'ab', other: 1 }, { since: { year: 2000 } }];
    for (const year of [1899, 1900, 2000.5, '2000', null]) inner.push({ address: 'ab', since: { year } }, { address: 'ab', since: {} });
    const instances: Json[] = [...inner.map((r) => ({ residence: r })), ...inner.map((e) => ({ extra: { a: e } })), ...inner.map((e) => ({ extra: e }))];
    for (const x of instances) expect(oracle(x), JSON.stringify(x)).toBe(whole(x) === true);
    expect(instances.filter((x) => whole(x) === true).length).toBeGreaterThan(3);
    expect(instances.filter((x) => whole(x) !== true).length).toBeGreaterThan(3);
  });

  const all: [string, Json][] = [...schemas(), ['dictionary shape', DICTIONARY_SHAPE], ['array shape', ARRAY_SHAPE]];
  it('refuses, as ajv does, a document vouched closed whose reference does not resolve', () => {
    for (const ref of ['#/$defs/missing', 'other.json#/$defs/a', '#/$defs/bad%zz']) {
      const schema: JsonObject = { type: 'object', properties: { a: { $ref: ref }, b: { type: 'string' } }, $defs: { a: { type: 'string' } } };
      expect(() => compileOracle(schema, '2020-12'), ref).toThrow(/resolve reference|percent-encoding/);
      const vouched = compileOracle(schema, '2020-12', { metaValidated: true, closed: true });
      // Split lazily: what does not reach the reference is judged; what does compiles the whole
      // document, which ajv refuses with its own message, never a stray TypeError.
      expect(vouched({ b: 'x' })).toBe(true);
      expect(() => vouched({ a: 'x' }), ref).toThrow(/resolve reference|percent-encoding/);
    }
  });
  it('splits the dictionary shape (closed entity, $defs, recursion)', () => {
    expect(isSplit(DICTIONARY_SHAPE, '2020-12')).toBe(true);
  });
  it('splits many of the fixture schemas, so the comparison below means something', () => {
    const split = all.filter(([, s]) => {
      try {
        return isSplit(s, dialectOf(s));
      } catch {
        return false;
      }
    });
    expect(split.length).toBeGreaterThan(100);
  });
  it('judges every instance exactly as ajv compiling the whole document', () => {
    let compared = 0;
    for (const [name, schema] of all) {
      let dialect;
      let whole;
      try {
        dialect = dialectOf(schema);
        whole = compileWith(dialect, schema);
      } catch {
        continue; // documents ajv refuses are covered by the load-error tests
      }
      const oracle = compileOracle(schema, dialect);
      // ajv compiled it whole, so every reference resolves: vouching for that changes nothing.
      const vouched = compileOracle(schema, dialect, { closed: true });
      for (const x of instancesFor(schema)) {
        let expected: boolean;
        try {
          expected = whole(x) === true;
        } catch {
          expected = false;
        }
        expect(oracle(x), `${name}: ${JSON.stringify(x)}`).toBe(expected);
        expect(vouched(x), `${name} (closed): ${JSON.stringify(x)}`).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
