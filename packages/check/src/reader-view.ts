import type { JsonObject } from '@ndd/registry';
import { isMonotone } from './monotone.js';
import { setMember } from './own-member.js';

/**
 * The reader's view of a schema in the dictionary's evolution model: what a *tolerant reader*
 * accepts — a record that is valid once the properties it does not know are ignored. Formally
 * the schema with `additionalProperties: false` and `unevaluatedProperties: false` removed
 * wherever they *restrict* what is accepted: unknown properties may then hold anything, which is
 * exactly "ignored".
 *
 * Only positive positions are relaxed — places where accepting more makes the whole schema
 * accept more (properties, items, allOf, anyOf, then/else, …). Under `not`, an `if` condition,
 * `oneOf` (exclusive), or `contains` bounded by `maxContains`, relaxing could make the whole
 * schema accept *less*, and the reader view would no longer contain the schema; those subtrees
 * are left as written. The same holds for what they reference: a `$defs` entry reached through a
 * reference in such a place (directly or through other definitions) is left as written, and when
 * the root itself is, nothing is relaxed. A document that uses `unevaluatedProperties` or
 * `unevaluatedItems` with a schema value is left as written too (relaxing a subschema changes
 * which properties count as evaluated there).
 *
 * Producers write records valid under the schema as written (closed: a typo is caught);
 * readers validate with the reader view. See docs/evolution-policy.md for why checking
 * L(old) ⊆ L(reader(new)) and L(new) ⊆ L(reader(old)) is sound in that model.
 */
export function readerView(schema: JsonObject): JsonObject {
  if (isMonotone(schema)) return relax(schema) as JsonObject; // nothing is referenced from a non-positive place
  if (usesUnevaluatedSchema(schema)) return schema;
  const strict = negativelyReached(schema);
  if (strict.has('')) return schema;
  const out = relaxNode(schema, false) as Record<string, unknown>;
  if (isObject(schema.$defs)) out.$defs = Object.fromEntries(Object.entries(schema.$defs).map(([k, v]) => [k, strict.has(k) ? v : relax(v)]));
  return out as JsonObject;
}

const POSITIVE_SINGLE = new Set(['additionalProperties', 'items', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const POSITIVE_ARRAY = new Set(['allOf', 'anyOf', 'prefixItems']);
const POSITIVE_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

/** Relaxed copies by node: a definition shared by many bundles is relaxed once. */
const relaxed = new WeakMap<object, unknown>();

function relax(node: unknown): unknown {
  if (!isObject(node)) return node;
  let out = relaxed.get(node);
  if (out === undefined) relaxed.set(node, (out = relaxNode(node, true)));
  return out;
}

/** One level of {@link relax}; `defs` false leaves `$defs` to the caller. */
function relaxNode(node: Record<string, unknown>, defs: boolean): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) continue;
    if (key === '$defs' && !defs) out[key] = value;
    else if (POSITIVE_SINGLE.has(key)) out[key] = relax(value);
    else if (key === 'contains' && !('maxContains' in node)) out[key] = relax(value);
    else if (POSITIVE_ARRAY.has(key) && Array.isArray(value)) out[key] = value.map(relax);
    else if (POSITIVE_MAP.has(key) && isObject(value)) {
      // A plain loop (~4× faster than fromEntries): a bundle's `$defs` holds every schema it
      // reaches, and is relaxed per bundle.
      const map: Record<string, unknown> = {};
      for (const name of Object.keys(value)) setMember(map, name, relax(value[name]));
      out[key] = map;
    } else {
      // Data (enum, const, examples, x-…), assertions, and subschemas in non-positive positions
      // (not, if, oneOf, contains with maxContains) stay exactly as written.
      out[key] = value;
    }
  }
  return out;
}

/**
 * The `$defs` keys (and `''` for the root) that a reference in a non-positive position reaches,
 * directly or through other definitions. References in bundles are `#…` or `#/$defs/<key>…`.
 */
function negativelyReached(schema: JsonObject): Set<string> {
  const defs = isObject(schema.$defs) ? schema.$defs : {};
  const { $defs: _defs, ...body } = schema;
  const reached = new Set<string>();
  const queue: string[] = [];
  const mark = (ref: string): void => {
    const key = keyOfRef(ref);
    if (key !== undefined && !reached.has(key)) {
      reached.add(key);
      queue.push(key);
    }
  };
  // References in non-positive places, anywhere: the root's body and every definition.
  collectRefs(body, false, mark);
  for (const def of Object.values(defs)) collectRefs(def, false, mark);
  // Everything a strict place reaches is strict.
  while (queue.length > 0) {
    const key = queue.pop()!;
    collectRefs(key === '' ? body : defs[key], true, mark);
  }
  return reached;
}

/**
 * Calls `mark` for each reference under `node` in a non-positive place — or for every reference,
 * when `inNegative` (the whole node is in a non-positive place).
 */
function collectRefs(node: unknown, inNegative: boolean, mark: (ref: string) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => collectRefs(n, inNegative, mark));
  if (!isObject(node)) return;
  if (inNegative && typeof node.$ref === 'string') mark(node.$ref);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default' || key.startsWith('x-')) continue;
    if (POSITIVE_MAP.has(key) && isObject(value)) {
      for (const sub of Object.values(value)) collectRefs(sub, inNegative, mark); // names, not keywords
      continue;
    }
    const positive = POSITIVE_SINGLE.has(key) || POSITIVE_ARRAY.has(key) || (key === 'contains' && !('maxContains' in node));
    collectRefs(value, inNegative || !positive, mark);
  }
}

function keyOfRef(ref: string): string | undefined {
  if (ref === '#' || (ref.startsWith('#/') && !ref.startsWith('#/$defs/'))) return '';
  const match = /^#\/\$defs\/([^/]+)/.exec(ref);
  return match ? decodeURIComponent(match[1]!).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

function usesUnevaluatedSchema(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesUnevaluatedSchema);
  if (!isObject(node)) return false;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'unevaluatedProperties' || key === 'unevaluatedItems') && typeof value !== 'boolean') return true;
    if (key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'default' && usesUnevaluatedSchema(value)) return true;
  }
  return false;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
