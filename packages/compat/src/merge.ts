/**
 * Sound merging of `allOf` branches into their parent schema.
 *
 * A schema object is the conjunction of its keywords, and `allOf` is a conjunction too, so a
 * branch can be moved into its parent when no keyword of the branch interacts with a keyword of
 * the parent. Keywords that read their siblings (`additionalProperties` reads `properties` and
 * `patternProperties`; `items` reads `prefixItems`; `unevaluated*` read everything; `then`/`else`
 * read `if`; `minContains`/`maxContains` read `contains`, and ajv's `contains` reads
 * `prefixItems`) are only merged when the other side has no keyword of the same group. Anything
 * doubtful stays in `allOf`.
 */
import { isObject, jsonEqual, type Json, type JsonObject } from './json.js';
import { isAnnotationKeyword } from './keywords.js';

const GROUPS: readonly (readonly string[])[] = [
  ['properties', 'patternProperties', 'additionalProperties'],
  // One group: ajv (the reference validator) lets `contains` pass on an empty array when a
  // non-trivial `prefixItems` stands beside it ({"prefixItems":[{"type":"string"}],
  // "contains":false} accepts []), so moving one next to the other would change what is valid.
  ['prefixItems', 'items', 'contains', 'minContains', 'maxContains'],
  ['if', 'then', 'else'],
];
const NEVER_MERGE = new Set(['unevaluatedProperties', 'unevaluatedItems', '$dynamicRef', '$recursiveRef', '$defs', 'definitions', '$anchor', '$dynamicAnchor', '$id']);

const LOWER = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
const UPPER = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);

/** Merges what can be merged of `s.allOf` into `s`; returns `s` itself when nothing changed. */
export function mergeAllOf(s: JsonObject): Json {
  const branches = s.allOf;
  if (!Array.isArray(branches)) return s;
  let out: JsonObject = { ...s };
  delete out.allOf;
  const rest: Json[] = [];
  let changed = false;
  const queue = [...branches];
  while (queue.length > 0) {
    const b = queue.shift() as Json;
    if (b === true) {
      changed = true;
      continue;
    }
    if (b === false) return false;
    if (!isObject(b)) {
      rest.push(b);
      continue;
    }
    if (Array.isArray(b.allOf)) {
      // flatten nested allOf
      const { allOf, ...own } = b;
      queue.unshift(own, ...(allOf as Json[]));
      changed = true;
      continue;
    }
    const merged = tryMerge(out, b);
    if (merged === undefined) rest.push(b);
    else {
      out = merged;
      changed = true;
    }
  }
  if (!changed) return s;
  // An empty type or enum intersection accepts nothing.
  if ((Array.isArray(out.type) || Array.isArray(out.enum)) && ((out.type as Json[] | undefined)?.length === 0 || (out.enum as Json[] | undefined)?.length === 0)) return false;
  if (rest.length > 0) out.allOf = rest;
  return out;
}

function semanticKeys(o: JsonObject): string[] {
  return Object.keys(o).filter((k) => !isAnnotationKeyword(k));
}

/** The conjunction of `a` and `b` as one schema object, or undefined when not provably sound. */
export function tryMerge(a: JsonObject, b: JsonObject): JsonObject | undefined {
  const ka = new Set(semanticKeys(a));
  const kb = semanticKeys(b);
  for (const k of [...ka, ...kb]) if (NEVER_MERGE.has(k)) return undefined;
  for (const g of GROUPS) {
    const inA = g.some((k) => ka.has(k));
    const inB = g.some((k) => kb.includes(k));
    if (inA && inB) {
      // The properties group may merge when neither side has additionalProperties.
      if (g[0] === 'properties' && !('additionalProperties' in a) && !('additionalProperties' in b)) continue;
      if (g.every((k) => jsonEqual(a[k], b[k]))) continue;
      return undefined;
    }
  }
  const out: JsonObject = { ...a };
  for (const k of kb) {
    const vb = b[k] as Json;
    if (!(k in a)) {
      out[k] = vb;
      continue;
    }
    const va = a[k] as Json;
    if (jsonEqual(va, vb)) continue;
    if (LOWER.has(k) && typeof va === 'number' && typeof vb === 'number') out[k] = Math.max(va, vb);
    else if (UPPER.has(k) && typeof va === 'number' && typeof vb === 'number') out[k] = Math.min(va, vb);
    else if (k === 'required' && Array.isArray(va) && Array.isArray(vb)) out[k] = [...new Set([...(va as string[]), ...(vb as string[])])].sort();
    else if (k === 'uniqueItems') out[k] = va === true || vb === true;
    else if (k === 'enum' && Array.isArray(va) && Array.isArray(vb)) out[k] = va.filter((x) => vb.some((y) => jsonEqual(x, y)));
    else if (k === 'type' && Array.isArray(va) && Array.isArray(vb)) out[k] = intersectTypes(va as string[], vb as string[]);
    else if ((k === 'properties' || k === 'patternProperties' || k === 'dependentSchemas') && isObject(va) && isObject(vb)) {
      const m: JsonObject = { ...va };
      for (const [n, sub] of Object.entries(vb)) m[n] = n in m && !jsonEqual(m[n], sub) ? { allOf: [m[n] as Json, sub] } : sub;
      out[k] = m;
    } else if (k === 'dependentRequired' && isObject(va) && isObject(vb)) {
      const m: JsonObject = { ...va };
      for (const [n, list] of Object.entries(vb)) m[n] = [...new Set([...((m[n] as string[] | undefined) ?? []), ...(list as string[])])].sort();
      out[k] = m;
    } else if (k === 'propertyNames' || k === 'items' || k === 'not') {
      if (k === 'not') return undefined; // not A ∧ not B = not (A ∨ B): keep it simple, leave it in allOf
      out[k] = { allOf: [va, vb] };
    } else return undefined;
  }
  return out;
}

/** Intersection of two normalised type lists (integer ⊂ number). */
export function intersectTypes(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) out.add(t);
    else if (t === 'number' && b.includes('integer')) out.add('integer');
    else if (t === 'integer' && b.includes('number')) out.add('integer');
  }
  return [...out].sort();
}
