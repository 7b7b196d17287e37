import { childPointer, type JsonValue } from '@ndd/registry';
import { isObject, type MutableJson, type MutableObject } from './json.js';

/** Keywords whose value is one subschema. */
export const SINGLE = new Set(['not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames', 'items', 'contains', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema']);
/** Keywords whose value is an array of subschemas. */
export const ARRAY = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to subschemas (`$defs` is lifted out before this is used). */
export const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);

/**
 * Maps the subschemas held by `keyword`'s value through `fn`, keeping the value's shape; returns
 * `undefined` when the keyword holds no subschema (its value is data: `enum`, `examples`, …),
 * so that data that happens to look like a schema is never rewritten.
 */
export function forEachSubschema(
  keyword: string,
  value: JsonValue,
  pointer: string,
  fn: (child: JsonValue, pointer: string) => MutableJson,
): MutableJson | undefined {
  if (SINGLE.has(keyword)) return fn(value, pointer);
  if (ARRAY.has(keyword) && Array.isArray(value)) return value.map((item: JsonValue, i: number) => fn(item, childPointer(pointer, i)));
  if (MAP.has(keyword) && isObject(value)) {
    const out: MutableObject = {};
    for (const name of Object.keys(value)) out[name] = fn(value[name]!, childPointer(pointer, name));
    return out;
  }
  return undefined;
}
