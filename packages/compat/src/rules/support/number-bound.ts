/** Shared logic of the numeric bound rules (minimum/maximum and their exclusive forms). */
import { lower, upper } from '../../empty.js';
import type { Json, JsonObject } from '../../json.js';
import type { CompatRule } from '../../rule.js';
import { defineRule, effectsOf, type Move } from './helpers.js';

type Bound = { value: number; exclusive: boolean } | undefined;

function integerOnly(s: JsonObject): boolean {
  return Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'integer';
}

/** For integer-only schemas, `> 0` and `>= 1` are the same bound: compare them as inclusive integers. */
function asInclusiveInt(b: Bound, side: 'lower' | 'upper'): Bound {
  if (b === undefined) return b;
  if (side === 'lower') return { value: b.exclusive ? Math.floor(b.value) + 1 : Math.ceil(b.value), exclusive: false };
  return { value: b.exclusive ? Math.ceil(b.value) - 1 : Math.floor(b.value), exclusive: false };
}

/** How the bound moved from `x` (old) to `y` (new). */
export function boundMove(x: Bound, y: Bound, side: 'lower' | 'upper'): Move {
  if (x === undefined && y === undefined) return 'same';
  if (x === undefined) return 'tighter';
  if (y === undefined) return 'looser';
  const sign = side === 'lower' ? 1 : -1;
  const d = (y.value - x.value) * sign;
  if (d > 0) return 'tighter';
  if (d < 0) return 'looser';
  if (y.exclusive && !x.exclusive) return 'tighter';
  if (x.exclusive && !y.exclusive) return 'looser';
  return 'same';
}

/** A numeric bound rule: which side, which way, and whether the deciding keyword is exclusive. */
export function numberBoundRule(id: string, side: 'lower' | 'upper', move: 'tighter' | 'looser', exclusive: boolean): CompatRule {
  const kw = side === 'lower' ? (exclusive ? 'exclusiveMinimum' : 'minimum') : exclusive ? 'exclusiveMaximum' : 'maximum';
  const eff = effectsOf(move);
  return defineRule({
    id,
    categories: ['WIRE', 'NUMBER'],
    description: `The ${side} bound of numbers ${move === 'tighter' ? 'became stricter' : 'became looser (or was removed)'}, as decided by \`${kw}\`: ${move === 'tighter' ? 'numbers that were valid may now be rejected' : 'the new schema accepts numbers the old one rejected'}. Inclusive and exclusive forms are compared as one effective bound.`,
    effect: eff,
    keywords: side === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'],
    detect(a, b, ctx) {
      let x: Bound = side === 'lower' ? lower(a) : upper(a);
      let y: Bound = side === 'lower' ? lower(b) : upper(b);
      if (integerOnly(a) && integerOnly(b)) {
        x = asInclusiveInt(x, side);
        y = asInclusiveInt(y, side);
      }
      const m = boundMove(x, y, side);
      if (m !== move) return [];
      // The deciding keyword: the new bound when tightened, the old one when loosened.
      const decider = move === 'tighter' ? y : x;
      if ((decider?.exclusive ?? false) !== exclusive) return [];
      const hints: Json[] = [];
      for (const v of [x?.value, y?.value]) {
        if (v === undefined) continue;
        hints.push(v, v - 1, v + 1, v - 0.5, v + 0.5, Math.floor(v), Math.ceil(v));
      }
      if (x && y) hints.push((x.value + y.value) / 2);
      const show = (bd: Bound): string => (bd === undefined ? 'none' : `${side === 'lower' ? (bd.exclusive ? '>' : '>=') : bd.exclusive ? '<' : '<='} ${bd.value}`);
      return [
        ctx.change(id, `The ${side} bound changed from ${show(x)} to ${show(y)}.`, eff.backward, eff.forward, {
          hints: { [move === 'tighter' ? 'backward' : 'forward']: hints.filter((h) => Number.isFinite(h)) },
          oldNode: a,
          newNode: b,
        }),
      ];
    },
  });
}
