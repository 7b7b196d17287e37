import type { JsonObject } from '@ndd/registry';

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
 * are left as written.
 *
 * Producers write records valid under the schema as written (closed: a typo is caught);
 * readers validate with the reader view. See docs/evolution-policy.md for why checking
 * L(old) ⊆ L(reader(new)) and L(new) ⊆ L(reader(old)) is sound in that model.
 */
export function readerView(schema: JsonObject): JsonObject {
  return relax(schema) as JsonObject;
}

const POSITIVE_SINGLE = new Set(['additionalProperties', 'items', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const POSITIVE_ARRAY = new Set(['allOf', 'anyOf', 'prefixItems']);
const POSITIVE_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

function relax(node: unknown): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) continue;
    if (POSITIVE_SINGLE.has(key)) out[key] = relax(value);
    else if (key === 'contains' && !('maxContains' in node)) out[key] = relax(value);
    else if (POSITIVE_ARRAY.has(key) && Array.isArray(value)) out[key] = value.map(relax);
    else if (POSITIVE_MAP.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relax(v)]));
    } else {
      // Data (enum, const, examples, x-…), assertions, and subschemas in non-positive positions
      // (not, if, oneOf, contains with maxContains) stay exactly as written.
      out[key] = value;
    }
  }
  return out;
}
