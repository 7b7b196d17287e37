import { defineRule, num } from './support/helpers.js';
import type { Effect } from '../types.js';

/**
 * Is every multiple of `x` a multiple of `y`? Only claimed for integers: ajv divides floats,
 * and `0.3 / 0.1` is not an integer in IEEE arithmetic, so the algebra does not hold there.
 */
function divides(y: number, x: number): Effect {
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x % y === 0 ? 'ok' : 'breaking';
  return 'undecided';
}

/** `multipleOf` changed value. */
export const multipleOfChanged = defineRule({
  id: 'multiple-of-changed',
  categories: ['WIRE', 'NUMBER'],
  description: '`multipleOf` changed. From 4 to 2 widens (every multiple of 4 is a multiple of 2); from 2 to 4, or 2 to 3, rejects old values. Decided exactly for integer divisors, undecided for fractional ones (float division).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['multipleOf'],
  detect(a, b, ctx) {
    const x = num(a.multipleOf);
    const y = num(b.multipleOf);
    if (x === undefined || y === undefined || x === y) return [];
    const backward = divides(y, x);
    const forward = divides(x, y);
    return [
      ctx.change('multiple-of-changed', `multipleOf changed from ${x} to ${y}.`, backward, forward, {
        hints: { backward: [x, x * 3, x * 5], forward: [y, y * 3, y * 5] },
        oldNode: a,
        newNode: b,
        ...(backward === 'undecided' ? { why: 'fractional multipleOf: float division makes inclusion undecidable here' } : {}),
      }),
    ];
  },
});
