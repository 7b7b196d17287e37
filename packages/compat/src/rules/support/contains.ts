/** The `contains` group of an array schema with its defaults. */
import type { Json, JsonObject } from '../../json.js';

/** contains schema, minimum and maximum count (minContains defaults to 1 when contains is present). */
export function containsOf(s: JsonObject): { present: boolean; schema: Json; min: number; max: number } {
  if (s.contains === undefined) return { present: false, schema: true, min: 0, max: Infinity };
  return {
    present: true,
    schema: s.contains as Json,
    min: typeof s.minContains === 'number' ? s.minContains : 1,
    max: typeof s.maxContains === 'number' ? s.maxContains : Infinity,
  };
}
