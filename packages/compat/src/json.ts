/** Small JSON helpers: equality, canonical text, JSON pointers. */

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (a schema object, most of the time). */
export type JsonObject = { [key: string]: Json };

/** True when `v` is a plain JSON object (not an array, not null). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality of JSON values; object key order does not matter, array order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** JSON text with object keys sorted, so that equal values have equal text. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Escapes one reference token of an RFC 6901 JSON pointer. */
export function escapePointerToken(token: string | number): string {
  const s = String(token);
  // Most tokens need no escape: skip the two replacements (this runs for every keyword walked).
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** Appends tokens to a JSON pointer. */
export function pointerJoin(pointer: string, ...tokens: (string | number)[]): string {
  let out = pointer;
  for (const t of tokens) out += `/${escapePointerToken(t)}`;
  return out;
}

/** Splits a JSON pointer into unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  const tokens = pointer.slice(1).split('/');
  return pointer.includes('~') ? tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')) : tokens;
}

/**
 * Parsed pointers, for {@link getAtPointer}: a dictionary check resolves the same few thousand
 * `#/$defs/…` pointers in every bundle that reaches them. Bounded: cleared when full.
 */
const parsedPointers = new Map<string, readonly string[]>();
const PARSED_POINTERS_LIMIT = 50_000;

/** The value at `pointer` inside `root`, or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let tokens = parsedPointers.get(pointer);
  if (tokens === undefined) {
    if (parsedPointers.size >= PARSED_POINTERS_LIMIT) parsedPointers.clear();
    parsedPointers.set(pointer, (tokens = pointerTokens(pointer)));
  }
  let cur: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(cur)) cur = cur[Number(token)];
    else if (isObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, token) ? cur[token] : undefined;
    else return undefined;
  }
  return cur;
}

/** A structural copy of a JSON value. */
export function cloneJson<T>(v: T): T {
  return structuredClone(v);
}
