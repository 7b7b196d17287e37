import { ARRAY_SCHEMA_KEYWORDS, MAP_SCHEMA_KEYWORDS, SINGLE_SCHEMA_KEYWORDS } from './keywords.js';

/**
 * Keywords that assert nothing: JSON Schema's annotations. With every `x-` keyword (ndd's
 * vocabulary, which a bundle keeps for people and tools but no validator of the instance set
 * reads), they are what {@link withoutAnnotations} removes.
 */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set(['title', 'description', 'examples', 'default', '$comment', 'deprecated', 'readOnly', 'writeOnly']);

const memo = new WeakMap<object, unknown>();

/**
 * A schema without its annotations and `x-` keywords, removed at schema positions only (a
 * property named `title` stays, and so do the values of `const` and `enum`). Two schemas equal
 * this way accept the same instances in any context: through references, under
 * `unevaluated*` (they evaluate the same properties and items) and in the check's reader view
 * (which reads no annotation). Memoised by object: bundles share their definitions.
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  let out = memo.get(schema);
  if (out === undefined) {
    const entries: [string, unknown][] = [];
    for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
      if (ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-')) continue;
      if (Object.hasOwn(SINGLE_SCHEMA_KEYWORDS, key)) entries.push([key, withoutAnnotations(value)]);
      else if (Object.hasOwn(ARRAY_SCHEMA_KEYWORDS, key) && Array.isArray(value)) entries.push([key, value.map(withoutAnnotations)]);
      else if (Object.hasOwn(MAP_SCHEMA_KEYWORDS, key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        entries.push([key, Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, sub]) => [name, withoutAnnotations(sub)]))]);
      } else entries.push([key, value]);
    }
    // fromEntries: a member named __proto__ stays a member, never the prototype.
    const copy = Object.fromEntries(entries);
    memo.set(schema, (out = copy));
  }
  return out;
}
