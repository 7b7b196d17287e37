import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import { swapped } from './support/one-of-any-of.js';
import { inContext, unmatched } from './support/branches.js';
import type { Effect, RawChange } from '../types.js';

/** An `anyOf` branch was removed (the others unchanged): old data that matched only that branch is rejected. */
export const anyOfBranchRemoved = defineRule({
  id: 'any-of-branch-removed',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'An `anyOf` branch was removed (the others unchanged): old data that matched only that branch is rejected.',
  effect: { backward: 'depends', forward: 'ok' },
  keywords: ['anyOf'],
  detect(a, b, ctx) {
    if (swapped(a, b, 'oneOf', 'anyOf', ctx) || swapped(a, b, 'anyOf', 'oneOf', ctx)) return []; // decided by the oneOf/anyOf swap rules
    const m = unmatched(a, b, 'anyOf', ctx, [true]);
    if (m.y.length !== 0 || m.x.length === 0) return [];
    const backward: Effect = m.x.every((x) => m.all.b.some((y) => ctx.includes(inContext(a, 'anyOf', x), y, {}))) ? 'ok' : 'breaking';
    return m.x.map((_, i) => ctx.change('any-of-branch-removed', `An anyOf branch was removed (anyOf/${m.xi[i]}).`, backward, 'ok', { oldNode: a, newNode: b }));
  },
});
