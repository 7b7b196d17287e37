/** Shared helpers for rule modules. */
import { isObject, type Json, type JsonObject } from '../../json.js';
import type { CompatRule, RuleContext } from '../../rule.js';
import type { Category, Effect, RawChange, RuleEffect } from '../../types.js';

/** Declares a rule (identity function, for type checking and one place to add defaults). */
export function defineRule(rule: CompatRule): CompatRule {
  return rule;
}

/** Declares a rule whose changes are emitted by the walker itself, not by a keyword detector. */
export function walkerRule(id: string, categories: Category[], description: string, backward: RuleEffect, forward: RuleEffect): CompatRule {
  return { id, categories, description, effect: { backward, forward }, keywords: [], detect: () => [] };
}

/** Which way a one-sided bound moved. `tighter` means fewer instances. */
export type Move = 'tighter' | 'looser' | 'same';

/** Compares a lower bound (undefined = none): a higher minimum is tighter. */
export function moveOfMin(a: number | undefined, b: number | undefined): Move {
  const x = a ?? -Infinity;
  const y = b ?? -Infinity;
  return y > x ? 'tighter' : y < x ? 'looser' : 'same';
}

/** Compares an upper bound (undefined = none): a lower maximum is tighter. */
export function moveOfMax(a: number | undefined, b: number | undefined): Move {
  const x = a ?? Infinity;
  const y = b ?? Infinity;
  return y < x ? 'tighter' : y > x ? 'looser' : 'same';
}

/** Effects of a move: tighter breaks BACKWARD, looser breaks FORWARD. */
export function effectsOf(m: Move): { backward: Effect; forward: Effect } {
  return m === 'tighter' ? { backward: 'breaking', forward: 'ok' } : m === 'looser' ? { backward: 'ok', forward: 'breaking' } : { backward: 'ok', forward: 'ok' };
}

/** A rule for one numeric count bound (minLength, maxItems, …) moving one way. */
export function countBoundRule(opts: {
  id: string;
  keyword: string;
  side: 'min' | 'max';
  move: 'tighter' | 'looser';
  categories: Category[];
  what: string;
  hint: (a: JsonObject, b: JsonObject) => Json[] | undefined;
}): CompatRule {
  const { id, keyword, side, move, what } = opts;
  const eff = effectsOf(move);
  return defineRule({
    id,
    categories: opts.categories,
    description: `The ${side === 'min' ? 'minimum' : 'maximum'} ${what} (\`${keyword}\`) ${move === 'tighter' ? (side === 'min' ? 'increased or was added' : 'decreased or was added') : side === 'min' ? 'decreased or was removed' : 'increased or was removed'}: ${move === 'tighter' ? 'values that were valid may now be rejected' : 'the new schema accepts values the old one rejected'}.`,
    effect: eff,
    keywords: [keyword],
    detect(a, b, ctx) {
      const x = num(a[keyword]);
      const y = num(b[keyword]);
      const m = side === 'min' ? moveOfMin(x, y) : moveOfMax(x, y);
      if (m !== move) return [];
      const hints = opts.hint(a, b);
      return [
        ctx.change(id, `${keyword} ${x === undefined ? 'added' : y === undefined ? 'removed' : 'changed'}${x !== undefined ? ` (was ${x})` : ''}${y !== undefined ? ` (now ${y})` : ''}.`, eff.backward, eff.forward, hints ? { hints: { [move === 'tighter' ? 'backward' : 'forward']: hints }, oldNode: a, newNode: b } : { oldNode: a, newNode: b }),
      ];
    },
  });
}

/** A number, or undefined. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** A string of `n` letters. */
export function str(n: number): string {
  return 'a'.repeat(Math.max(0, Math.min(n, 10_000)));
}

/** An array of `n` copies of a value. */
export function arr(n: number, item: Json = null): Json[] {
  return Array.from({ length: Math.max(0, Math.min(n, 1000)) }, () => item);
}

/** An object with `n` distinct keys. */
export function obj(n: number): JsonObject {
  const o: JsonObject = {};
  for (let i = 0; i < Math.min(n, 1000); i++) o[`k${i}`] = null;
  return o;
}

/** The subschema of an object's `properties` / map keyword, if present. */
export function mapOf(s: JsonObject, k: string): JsonObject {
  const v = s[k];
  return isObject(v) ? v : {};
}

/** Emits a change, and re-labels nothing: convenience for detectors. */
export function one(ctx: RuleContext, id: string, msg: string, backward: Effect, forward: Effect, extra?: Partial<RawChange>): RawChange[] {
  return [ctx.change(id, msg, backward, forward, extra)];
}

/** Worst effect of a list (undecided < breaking < ok in badness: breaking is worse than undecided for display, both not ok). */
export function worst(effects: readonly Effect[]): Effect {
  if (effects.includes('breaking')) return 'breaking';
  if (effects.includes('undecided')) return 'undecided';
  return 'ok';
}
