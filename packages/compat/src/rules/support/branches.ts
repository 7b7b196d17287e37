/** Matching of applicator branches (allOf / anyOf / oneOf) between two versions. */
import { isObject, type Json, type JsonObject } from '../../json.js';
import { tryMerge } from '../../merge.js';
import type { RuleContext } from '../../rule.js';

/** Branches of `k` with the ones equal in both versions paired off. */
export function unmatched(a: JsonObject, b: JsonObject, k: string, ctx: RuleContext, absent: Json[]): { x: Json[]; y: Json[]; xi: number[]; yi: number[]; all: { a: Json[]; b: Json[] } } {
  const xa = Array.isArray(a[k]) ? (a[k] as Json[]) : absent;
  const yb = Array.isArray(b[k]) ? (b[k] as Json[]) : absent;
  const usedY = new Set<number>();
  const xi: number[] = [];
  for (let i = 0; i < xa.length; i++) {
    const j = yb.findIndex((y, jj) => !usedY.has(jj) && ctx.equal(xa[i] as Json, y));
    if (j >= 0) usedY.add(j);
    else xi.push(i);
  }
  const yi = yb.map((_, j) => j).filter((j) => !usedY.has(j));
  return { x: xi.map((i) => xa[i] as Json), y: yi.map((j) => yb[j] as Json), xi, yi, all: { a: xa, b: yb } };
}

/** The object without its applicator keyword `k` (a superset of the object's language). */
export function without(s: JsonObject, k: string): JsonObject {
  const { [k]: _drop, ...rest } = s;
  return rest;
}

/**
 * A branch of applicator `k` together with the rest of its schema object: `rest ∧ branch`.
 * Checking `rest_a ∧ A_i ⊆ B_j` is sufficient for the union and sharper than `A_i ⊆ B_j`.
 */
export function inContext(s: JsonObject, k: string, branch: Json): Json {
  const rest = without(s, k);
  if (branch === true) return rest;
  if (!isObject(branch)) return branch;
  return tryMerge(rest, branch) ?? branch;
}
