import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import { swapped } from './support/one-of-any-of.js';
import { inContext, unmatched } from './support/branches.js';
import type { Effect, RawChange } from '../types.js';

/** An `anyOf` branch was added (the others unchanged): the union grew, so old data stays valid; new data may match only the new branch. */
export const anyOfBranchAdded = defineRule({
  id: 'any-of-branch-added',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'An `anyOf` branch was added (the others unchanged): the union grew, so old data stays valid; new data may match only the new branch.',
  effect: { backward: 'ok', forward: 'depends' },
  keywords: ['anyOf'],
  detect(a, b, ctx) {
    if (swapped(a, b, 'oneOf', 'anyOf', ctx) || swapped(a, b, 'anyOf', 'oneOf', ctx)) return []; // decided by the oneOf/anyOf swap rules
    const m = unmatched(a, b, 'anyOf', ctx, [true]);
    if (m.x.length !== 0 || m.y.length === 0) return [];
    const forward: Effect = m.y.every((y) => m.all.a.some((x) => ctx.includes(inContext(b, 'anyOf', y), x, {}))) ? 'ok' : 'breaking';
    return m.y.map((_, i) => ctx.change('any-of-branch-added', `An anyOf branch was added (anyOf/${m.yi[i]}).`, 'ok', forward, { oldNode: a, newNode: b }));
  },
});
