import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import { impliesBranches } from './support/conditional.js';

/** The `if` schema of a conditional changed. `if` is not monotone (it selects between `then` and `else`), so the change is undecided unless a counterexample is found. */
export const conditionChanged = defineRule({
  id: 'condition-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'The `if` schema of a conditional changed. `if` is not monotone (it selects between `then` and `else`), so the change is undecided unless a counterexample is found.',
  effect: { backward: 'undecided', forward: 'undecided' },
  keywords: ['if', 'then', 'else'],
  detect(a, b, ctx) {
    if (!('if' in a) || !('if' in b) || ctx.equal(a.if as Json, b.if as Json)) return [];
    const backward = impliesBranches(ctx, a, b) ? 'ok' : 'breaking';
    const forward = impliesBranches(ctx, b, a) ? 'ok' : 'breaking';
    return [ctx.change('condition-changed', 'The `if` condition changed.', backward, forward, { oldNode: a, newNode: b, why: 'if is not monotone' })];
  },
});
