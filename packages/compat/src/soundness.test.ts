/**
 * Property-based soundness: random schema, random mutation, many instances. No instance may
 * contradict a "compatible" direction, every counterexample must verify with an independent
 * ajv, and normalisation must not change what a schema accepts.
 *
 * NDD_SOAK=<runs> raises the number of cases (the soak run uses 100000).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSchemas, SchemaLoadError } from './index.js';
import { candidates } from './generate.js';
import type { Json, JsonObject } from './json.js';
import { normaliseDocument } from './normalise.js';

// Issue 5: CI runs a few thousand cases (~15 ms each, about a minute); `npm run soak` runs 100,000.
const RUNS = Number(process.env.NDD_SOAK ?? 3000);

let testAjv: InstanceType<typeof Ajv2020.default> | undefined;
let testCompiles = 0;
/** An independent ajv (not the engine's instances), cleared after each compile. */
function validator(schema: Json, extra?: { root: Json; id: string }): (x: unknown) => boolean {
  // ajv keeps values of every compile for the instance's life: a fresh one now and then keeps a
  // 100,000-case soak's memory flat.
  if (++testCompiles % 1_000 === 0) testAjv = undefined;
  if (testAjv === undefined) {
    testAjv = new Ajv2020.default({ strict: false, logger: false, validateFormats: true, validateSchema: 'log' });
    addFormats.default(testAjv);
  }
  const ajv = testAjv;
  try {
    if (extra && typeof extra.root === 'object') ajv.addSchema(extra.root as object, extra.id);
    const v = ajv.compile(schema as object | boolean);
    return (x) => v(x) === true;
  } finally {
    ajv.removeSchema();
  }
}

const leafValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 12 }), fc.constantFrom(0.5, 2.5), fc.constantFrom('', 'a', 'ab', 'B7', 'abc', 'x-y'));
const patternArb = fc.constantFrom('^a', 'b$', '[a-z]*', '^[a-z]+$', '\\d', '^.{2}$', 'a|b');
const formatArb = fc.constantFrom('date', 'email', 'uri', 'uri-reference', 'ipv4');
const typeArb = fc.constantFrom('string', 'integer', 'number', 'boolean', 'null', 'object', 'array');

const schemaArb: fc.Arbitrary<Json> = fc.letrec<{ s: Json }>((tie) => ({
  s: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean(),
    fc.record(
      {
        type: fc.oneof(typeArb, fc.uniqueArray(typeArb, { minLength: 1, maxLength: 3 })),
        minimum: fc.integer({ min: -2, max: 6 }),
        exclusiveMaximum: fc.integer({ min: 0, max: 10 }),
        multipleOf: fc.constantFrom(1, 2, 3, 0.5),
        minLength: fc.integer({ min: 0, max: 3 }),
        maxLength: fc.integer({ min: 0, max: 4 }),
        pattern: patternArb,
        format: formatArb,
        enum: fc.uniqueArray(leafValue, { minLength: 1, maxLength: 4 }),
        const: leafValue,
        properties: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('s'), { maxKeys: 2 }),
        required: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
        additionalProperties: tie('s'),
        patternProperties: fc.dictionary(fc.constantFrom('^x', '^y'), tie('s'), { maxKeys: 1 }),
        minProperties: fc.integer({ min: 0, max: 2 }),
        maxProperties: fc.integer({ min: 0, max: 3 }),
        items: tie('s'),
        prefixItems: fc.array(tie('s'), { maxLength: 2 }),
        minItems: fc.integer({ min: 0, max: 2 }),
        maxItems: fc.integer({ min: 0, max: 3 }),
        uniqueItems: fc.boolean(),
        contains: tie('s'),
        anyOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        oneOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        allOf: fc.array(tie('s'), { minLength: 1, maxLength: 2 }),
        not: tie('s'),
        if: tie('s'),
        then: tie('s'),
        else: tie('s'),
        dependentRequired: fc.dictionary(fc.constantFrom('a', 'b'), fc.uniqueArray(fc.constantFrom('b', 'c'), { maxLength: 1 }), { maxKeys: 1 }),
        title: fc.constantFrom('T', 'U'),
      },
      { requiredKeys: [] },
    ).chain((o) => fc.integer({ min: 0, max: 5 }).map((seed) => keepFew(o as JsonObject, seed))),
  ),
})).s;

/** Keeps about a quarter of the generated keywords: real schemas (and real edits) are small. */
function keepFew(o: JsonObject, seed: number): Json {
  const out: JsonObject = {};
  Object.keys(o).forEach((k, i) => {
    if ((i * 7 + seed) % 5 === 0) out[k] = o[k] as Json;
  });
  return out;
}

/** One random edit: set, delete or replace a keyword, or edit a nested subschema. */
function mutate(s: Json, seed: number, other: Json): Json {
  const pick = (n: number): number => Math.abs(Math.floor(Math.sin(seed * 9301 + n * 49297) * 1e6)) % Math.max(1, n);
  if (typeof s === 'boolean' || s === null || typeof s !== 'object' || Array.isArray(s)) return pick(3) === 0 ? !s : other;
  const o: JsonObject = { ...(s as JsonObject) };
  const keys = Object.keys(o);
  const op = pick(4);
  if (op === 0 && keys.length > 0) delete o[keys[pick(keys.length)] as string];
  else if (op === 1 && typeof other === 'object' && other !== null && !Array.isArray(other)) {
    const ok = Object.keys(other);
    if (ok.length > 0) {
      const k = ok[pick(ok.length)] as string;
      o[k] = (other as JsonObject)[k] as Json;
    }
  } else if (op === 2 && o.properties && typeof o.properties === 'object' && !Array.isArray(o.properties)) {
    const props = { ...(o.properties as JsonObject) };
    const pk = Object.keys(props);
    if (pk.length > 0) {
      const k = pk[pick(pk.length)] as string;
      props[k] = mutate(props[k] as Json, seed + 1, other);
    } else props.a = other;
    o.properties = props;
  } else {
    for (const k of ['minimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems']) if (typeof o[k] === 'number') o[k] = (o[k] as number) + (pick(2) === 0 ? 1 : -1);
    if (keys.length === 0) o.type = 'string';
  }
  return o;
}

const instanceArb = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

describe('soundness (property-based)', () => {
  it(`no instance contradicts a compatible verdict; every counterexample verifies (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(schemaArb, schemaArb, fc.integer(), fc.array(instanceArb, { maxLength: 8 }), (base, other, seed, randomInstances) => {
        const before = base;
        const after = mutate(base, seed, other);
        let report;
        try {
          report = compareSchemas(before, after, { mode: 'FULL' });
        } catch (e) {
          if (e instanceof SchemaLoadError) return true; // a random schema ajv refuses is not a case
          throw e;
        }
        const vOld = validator(before);
        const vNew = validator(after);
        for (const c of report.changes) {
          if (!c.counterexample) continue;
          const { instance, validUnder } = c.counterexample;
          const [yes, no] = validUnder === 'old' ? [vOld, vNew] : [vNew, vOld];
          expect(yes(instance) && !no(instance), `counterexample of ${c.rule} does not verify`).toBe(true);
        }
        const deref = (n: Json): Json => n;
        const pool: Json[] = [...randomInstances, ...candidates(before, deref), ...candidates(after, deref)];
        for (const c of report.changes) if (c.counterexample) pool.push(c.counterexample.instance);
        const backwardOk = report.changes.every((c) => c.backward === 'ok');
        const forwardOk = report.changes.every((c) => c.forward === 'ok');
        for (const x of pool) {
          if (backwardOk && vOld(x)) expect(vNew(x), `BACKWARD claimed but ${JSON.stringify(x)} is valid under old only`).toBe(true);
          if (forwardOk && vNew(x)) expect(vOld(x), `FORWARD claimed but ${JSON.stringify(x)} is valid under new only`).toBe(true);
        }
        // Normalisation preserves the instance set.
        const doc = normaliseDocument(before, '2020-12');
        const vNorm = typeof doc.root === 'boolean' ? validator(doc.root) : validator({ $ref: doc.id }, { root: doc.root, id: doc.id });
        for (const x of pool) expect(vNorm(x), `normalisation changed the verdict on ${JSON.stringify(x)}`).toBe(vOld(x));
        return true;
      }),
      { numRuns: RUNS, seed: process.env.NDD_SOAK_SEED ? Number(process.env.NDD_SOAK_SEED) : 20251123 },
    );
  }, Math.max(600_000, RUNS * 50)); // ~19 ms a case: 100,000 soak cases need about 32 minutes
});
