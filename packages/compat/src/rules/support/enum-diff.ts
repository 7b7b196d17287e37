/** Set differences of `enum` (const is normalised to a one-value enum). */
import { canonical, type Json, type JsonObject } from '../../json.js';

/** The enum values of a schema object, or undefined when it has no enum. */
export function enumOf(s: JsonObject): Json[] | undefined {
  return Array.isArray(s.enum) ? (s.enum as Json[]) : undefined;
}

/** Values of `x` not in `y`. */
export function minus(x: readonly Json[], y: readonly Json[]): Json[] {
  const ys = new Set(y.map(canonical));
  return x.filter((v) => !ys.has(canonical(v)));
}

/** Short display of values. */
export function show(values: readonly Json[]): string {
  const s = values.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 5 ? `${s}, … (${values.length} in all)` : s;
}
