import type { JsonObject, JsonValue } from '@ndd/registry';

/** A JSON object being built (the model's own objects are frozen). */
export type MutableJson = null | boolean | number | string | MutableJson[] | MutableObject;
export interface MutableObject {
  [key: string]: MutableJson;
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A deep, mutable copy of a JSON value. */
export function cloneJson(value: JsonValue): MutableJson {
  if (Array.isArray(value)) return value.map((v: JsonValue) => cloneJson(v));
  if (isObject(value)) {
    const out: MutableObject = {};
    for (const key of Object.keys(value)) out[key] = cloneJson(value[key]!);
    return out;
  }
  return value as MutableJson;
}

/** Deep equality of two JSON values (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * The text of a generated JSON file: two-space indentation, UTF-8 as is, a final newline. Key
 * order is the order the generator built, which is deterministic, so no sorting happens here.
 */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
