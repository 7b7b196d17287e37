import type { JsonObject } from '@ndd/registry';

/**
 * Whether a schema is *monotone in its references*: every `$ref` sits in a positive position
 * (where a target that accepts more makes the schema accept more), and nothing evaluates
 * "unevaluated" properties or items (whose meaning depends on what other subschemas happened to
 * evaluate, not only on what they accept).
 *
 * Positive: `properties`, `patternProperties`, `additionalProperties`, `items`, `prefixItems`,
 * `allOf`, `anyOf`, `then`, `else`, `dependentSchemas`, `propertyNames`, `contains` without
 * `maxContains`, and `$defs` (reached only through references, themselves checked). Not positive:
 * `not`, `if` (a condition), `oneOf` (a wider branch may make a second branch match), `contains`
 * bounded by `maxContains`. Anything else holding a reference counts as not positive.
 *
 * Why it matters: if S is monotone and T ⊆ T′, then S[T] ⊆ S[T′] (by induction on the instance).
 * The dictionary check uses it to judge a schema that changed only through a referenced one.
 */
export function isMonotone(schema: JsonObject): boolean {
  const known = memo.get(schema);
  if (known !== undefined) return known;
  const result = positive(schema);
  memo.set(schema, result);
  return result;
}

const memo = new WeakMap<object, boolean>();

const SINGLE = new Set(['additionalProperties', 'items', 'then', 'else', 'propertyNames']);
const ARRAY = new Set(['allOf', 'anyOf', 'prefixItems']);
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
/** Keywords whose values are data or plain assertions: never hold a subschema. */
const DATA = new Set(['enum', 'const', 'examples', 'default', 'required', 'type', 'dependentRequired', 'x-counterexamples']);

function positive(node: unknown): boolean {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return true;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'unevaluatedProperties' || key === 'unevaluatedItems' || key === '$dynamicRef' || key === '$recursiveRef') return false;
    if (key === '$ref' || DATA.has(key) || key.startsWith('x-')) continue;
    if (SINGLE.has(key)) {
      if (!positive(value)) return false;
    } else if (key === 'contains') {
      if ('maxContains' in (node as object) ? holdsReference(value) : !positive(value)) return false;
    } else if (ARRAY.has(key) && Array.isArray(value)) {
      if (!value.every(positive)) return false;
    } else if (MAP.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // Definitions through the memo: a bundle's definitions are shared by many bundles.
      const each = key === '$defs' || key === 'definitions' ? (v: unknown) => v === null || typeof v !== 'object' || Array.isArray(v) || isMonotone(v as JsonObject) : positive;
      if (!Object.values(value).every(each)) return false;
    } else if (holdsReference(value)) {
      return false; // not, if, oneOf, and anything unknown: a reference there is not positive
    }
  }
  return true;
}

/** Whether a value holds a `$ref` (or a dynamic reference) anywhere. */
function holdsReference(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsReference);
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if ((key === '$ref' || key === '$dynamicRef' || key === '$recursiveRef') && typeof v === 'string') return true;
    if (holdsReference(v)) return true;
  }
  return false;
}

/** Where a schema's references sit, for a finer judgement than {@link isMonotone}. */
export interface ReferencePlaces {
  /** JSON pointers of the objects holding a `$ref` in a non-positive place. */
  readonly nonPositive: ReadonlySet<string>;
  /** The schema uses `unevaluated*` or a dynamic reference: no reference of it is positive. */
  readonly unevaluated: boolean;
}

/**
 * The references of a schema that sit in non-positive places (under `not`, `if`, `oneOf`, a
 * bounded `contains`, or an unknown keyword), by the pointer of the object holding the `$ref`.
 * A substitution into those is harmless as long as what they reference does not change.
 */
export function referencePlaces(schema: JsonObject): ReferencePlaces {
  const known = placesMemo.get(schema);
  if (known !== undefined) return known;
  const nonPositive = new Set<string>();
  let unevaluated = false;
  const visit = (node: unknown, pointer: string, negative: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${pointer}/${i}`, negative));
    const object = node as Record<string, unknown>;
    if (negative && typeof object.$ref === 'string') nonPositive.add(pointer);
    for (const [key, value] of Object.entries(object)) {
      if (key === 'unevaluatedProperties' || key === 'unevaluatedItems' || key === '$dynamicRef' || key === '$recursiveRef') unevaluated = true;
      if (key === '$ref' || DATA.has(key) || key.startsWith('x-')) continue;
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (MAP.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, sub] of Object.entries(value)) visit(sub, `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, negative);
      } else {
        const positivePlace = SINGLE.has(key) || ARRAY.has(key) || (key === 'contains' && !('maxContains' in object));
        visit(value, at, negative || !positivePlace);
      }
    }
  };
  visit(schema, '', false);
  const places = { nonPositive, unevaluated };
  placesMemo.set(schema, places);
  return places;
}

const placesMemo = new WeakMap<object, ReferencePlaces>();
