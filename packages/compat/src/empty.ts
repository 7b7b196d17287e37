/**
 * Conservative emptiness: true only when a schema provably accepts no instance at all
 * (`false`, an enum none of whose values pass the rest of the schema, contradictory bounds on
 * every allowed type, an empty conjunct). "Not provably empty" says nothing.
 */
import { isObject, type Json, type JsonObject } from './json.js';
import { ALL_TYPES } from './keywords.js';

/** What emptiness needs from the walker. */
export interface EmptinessOracle {
  validLocal(node: Json, value: Json): boolean | undefined;
  deref(node: Json, ptr: string): { node: Json; unresolved?: string };
}

/** True only when `node` provably accepts nothing. */
export function isProvablyEmpty(node: Json, oracle: EmptinessOracle, _side: 'old' | 'new', depth = 0): boolean {
  if (node === false) return true;
  if (!isObject(node) || depth > 8) return false;
  if (Array.isArray(node.enum)) {
    const verdicts = (node.enum as Json[]).map((v) => oracle.validLocal(node, v));
    if (verdicts.every((v) => v === false)) return true;
  }
  const types = Array.isArray(node.type) ? (node.type as string[]) : [...ALL_TYPES];
  if (types.every((t) => typeIsEmpty(t, node))) return true;
  const sub = (s: Json): boolean => {
    const d = oracle.deref(s, '');
    return d.unresolved === undefined && isProvablyEmpty(d.node, oracle, _side, depth + 1);
  };
  if (Array.isArray(node.allOf) && node.allOf.some((s) => sub(s))) return true;
  for (const k of ['anyOf', 'oneOf'] as const) {
    const v = node[k];
    if (Array.isArray(v) && v.length > 0 && v.every((s) => sub(s))) return true;
  }
  if (node.not === true || (isObject(node.not) && Object.keys(node.not).length === 0)) return true;
  return false;
}

function typeIsEmpty(t: string, s: JsonObject): boolean {
  switch (t) {
    case 'integer':
    case 'number': {
      const lo = lower(s);
      const hi = upper(s);
      if (lo === undefined || hi === undefined) return false;
      if (t === 'integer') {
        const l = lo.exclusive ? Math.floor(lo.value) + 1 : Math.ceil(lo.value);
        const h = hi.exclusive ? Math.ceil(hi.value) - 1 : Math.floor(hi.value);
        return l > h;
      }
      return lo.value > hi.value || (lo.value === hi.value && (lo.exclusive || hi.exclusive));
    }
    case 'string':
      return typeof s.minLength === 'number' && typeof s.maxLength === 'number' && s.minLength > s.maxLength;
    case 'array':
      return typeof s.minItems === 'number' && typeof s.maxItems === 'number' && s.minItems > s.maxItems;
    case 'object': {
      if (typeof s.minProperties === 'number' && typeof s.maxProperties === 'number' && s.minProperties > s.maxProperties) return true;
      const req = Array.isArray(s.required) ? (s.required as string[]) : [];
      if (typeof s.maxProperties === 'number' && req.length > s.maxProperties) return true;
      const props = isObject(s.properties) ? s.properties : {};
      return req.some((r) => props[r] === false || (!(r in props) && s.additionalProperties === false && s.patternProperties === undefined));
    }
    default:
      return false;
  }
}

/** The effective lower bound of a number schema. */
export function lower(s: JsonObject): { value: number; exclusive: boolean } | undefined {
  const min = typeof s.minimum === 'number' ? s.minimum : undefined;
  const ex = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined;
  if (min === undefined && ex === undefined) return undefined;
  if (ex === undefined) return { value: min as number, exclusive: false };
  if (min === undefined || ex >= min) return { value: ex, exclusive: true };
  return { value: min, exclusive: false };
}

/** The effective upper bound of a number schema. */
export function upper(s: JsonObject): { value: number; exclusive: boolean } | undefined {
  const max = typeof s.maximum === 'number' ? s.maximum : undefined;
  const ex = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : undefined;
  if (max === undefined && ex === undefined) return undefined;
  if (ex === undefined) return { value: max as number, exclusive: false };
  if (max === undefined || ex <= max) return { value: ex, exclusive: true };
  return { value: max, exclusive: false };
}
