/** Conditionals made harmless by the rest of a schema. */
import type { Json, JsonObject } from '../../json.js';
import type { RuleContext } from '../../rule.js';

/**
 * True when `from` without its conditional is included in both `then` and `else` of `to`: then
 * `to`'s conditional holds for every instance of `from`, whatever the condition says.
 */
export function impliesBranches(ctx: RuleContext, from: JsonObject, to: JsonObject): boolean {
  const { if: _i, then: _t, else: _e, ...rest } = from;
  return ctx.includes(rest, (to.then ?? true) as Json, {}) && ctx.includes(rest, (to.else ?? true) as Json, {});
}
