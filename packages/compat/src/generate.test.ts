/**
 * `firstCandidate` is a shortcut for `candidates(...)[0]`: on every subschema of every fixture
 * document, of the bench's kind of wide entity, at every depth the generator uses, the two agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialectOf } from './dialect.js';
import { candidates, firstCandidate } from './generate.js';
import { isObject, type Json } from './json.js';
import { normaliseDocument } from './normalise.js';
import { RULES } from './rules/index.js';
import { Walker } from './walker.js';

const here = dirname(fileURLToPath(import.meta.url));
const testdata = join(here, '../testdata');

/** Every schema object below `node` (values of keywords that hold data are skipped). */
function subschemas(node: Json, out: Json[] = []): Json[] {
  if (!isObject(node)) return out;
  out.push(node);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'enum' || k === 'const' || k === 'examples' || k === 'default' || k === 'required') continue;
    if (Array.isArray(v)) v.forEach((x) => subschemas(x, out));
    else if (isObject(v)) (k === 'properties' || k === '$defs' || k === 'patternProperties' || k === 'dependentSchemas' ? Object.values(v) : [v]).forEach((x) => subschemas(x, out));
  }
  return out;
}

/** A wide entity like the bench's: required properties of every kind, a `$ref`, a nested object. */
const WIDE: Json = {
  type: 'object',
  $defs: { code: { type: 'string', pattern: '^[0-9]{2}$' } },
  required: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
  properties: {
    a: { type: 'string', minLength: 3, maxLength: 5 },
    b: { type: 'integer', exclusiveMinimum: 2, multipleOf: 5 },
    c: { enum: ['x', 'y'] },
    d: { $ref: '#/$defs/code' },
    e: { type: 'array', items: { type: 'number' }, minItems: 2 },
    f: { type: 'object', required: ['z'], properties: { z: { type: 'boolean' } } },
    g: { type: ['null', 'string'] },
    h: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    i: { type: 'string', format: 'date' },
    j: { const: 3 },
  },
};

describe('firstCandidate', () => {
  it('is the first of the candidates, on every fixture subschema and at every depth', () => {
    let checked = 0;
    const docs: Json[] = [WIDE];
    for (const name of readdirSync(testdata).sort()) {
      for (const side of ['before.json', 'after.json']) {
        try {
          docs.push(JSON.parse(readFileSync(join(testdata, name, side), 'utf8')) as Json);
        } catch {
          // not a case folder
        }
      }
    }
    for (const doc of docs) {
      const normal = normaliseDocument(doc, dialectOf(doc));
      const walker = new Walker(normal, normal, { rules: RULES });
      const deref = (n: Json): Json => walker.deref(n, '').node;
      for (const node of subschemas(normal.root)) {
        for (const depth of [0, 3, 4, 5]) {
          expect(firstCandidate(node, deref, depth)).toEqual(candidates(node, deref, depth)[0]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });
});
