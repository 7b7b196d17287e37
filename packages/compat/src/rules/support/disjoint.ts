/** Provable disjointness of schemas, used to read an exclusive `oneOf` as a union. */
import { isObject, jsonEqual, type Json, type JsonObject } from '../../json.js';
import { atomsOf } from './type-diff.js';

/** True only when no instance can satisfy two of the schemas. */
export function pairwiseDisjoint(schemas: readonly Json[]): boolean {
  for (let i = 0; i < schemas.length; i++) {
    for (let j = i + 1; j < schemas.length; j++) if (!disjoint(schemas[i] as Json, schemas[j] as Json)) return false;
  }
  return true;
}

function disjoint(x: Json, y: Json): boolean {
  if (x === false || y === false) return true;
  if (!isObject(x) || !isObject(y)) return false;
  const tx = atomsOf(x);
  if (![...atomsOf(y)].some((t) => tx.has(t))) return true;
  if (Array.isArray(x.enum) && Array.isArray(y.enum) && !x.enum.some((v) => (y.enum as Json[]).some((w) => jsonEqual(v, w)))) return true;
  return discriminated(x, y);
}

/** Both require a property whose allowed constants do not overlap (a discriminator), and both only accept objects. */
function discriminated(x: JsonObject, y: JsonObject): boolean {
  const onlyObjects = (s: JsonObject): boolean => Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'object';
  if (!onlyObjects(x) || !onlyObjects(y)) return false;
  const rx = new Set((x.required as string[] | undefined) ?? []);
  const ry = new Set((y.required as string[] | undefined) ?? []);
  const px = isObject(x.properties) ? x.properties : {};
  const py = isObject(y.properties) ? y.properties : {};
  for (const k of rx) {
    if (!ry.has(k)) continue;
    const ex = isObject(px[k]) ? (px[k] as JsonObject).enum : undefined;
    const ey = isObject(py[k]) ? (py[k] as JsonObject).enum : undefined;
    if (Array.isArray(ex) && Array.isArray(ey) && !ex.some((v) => ey.some((w) => jsonEqual(v, w)))) return true;
  }
  return false;
}
