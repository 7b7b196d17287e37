/** Recognises `oneOf` ↔ `anyOf` over the same branches (a case with a known direction). */
import type { Json, JsonObject } from '../../json.js';
import type { RuleContext } from '../../rule.js';

/** True when `x` has `from` (and no `to`), `y` has `to` (and no `from`), over equal branches. */
export function swapped(x: JsonObject, y: JsonObject, from: 'oneOf' | 'anyOf', to: 'oneOf' | 'anyOf', ctx: RuleContext): boolean {
  const bx = x[from];
  const by = y[to];
  if (!Array.isArray(bx) || !Array.isArray(by) || to in x || from in y || bx.length !== by.length) return false;
  return bx.every((s, i) => ctx.equal(s as Json, by[i] as Json));
}
