import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** `unevaluatedItems` changed, or something else changed next to it. What counts as evaluated depends on every in-place applicator, so the engine compares the `unevaluatedItems` schema only when everything else in the node is unchanged; otherwise the change is undecided. */
export const unevaluatedItemsChanged = defineRule({
  id: 'unevaluated-items-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`unevaluatedItems` changed, or something else changed next to it. What counts as evaluated depends on every in-place applicator, so the engine compares the `unevaluatedItems` schema only when everything else in the node is unchanged; otherwise the change is undecided.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['unevaluatedItems'],
  detect(a, b, ctx) {
    const x = (a.unevaluatedItems ?? true) as Json;
    const y = (b.unevaluatedItems ?? true) as Json;
    const { unevaluatedItems: _x, ...restA } = a;
    const { unevaluatedItems: _y, ...restB } = b;
    if (!ctx.equal(restA, restB)) {
      // Dropping the keyword only removes a conjunct (the rest is judged by the other rules);
      // anything else next to it may change what counts as evaluated.
      const backward = !('unevaluatedItems' in b) ? 'ok' : 'undecided';
      const forward = !('unevaluatedItems' in a) ? 'ok' : 'undecided';
      return [ctx.change('unevaluated-items-changed', 'Keywords next to `unevaluatedItems` changed; what is evaluated may change with them.', backward, forward, { why: 'unevaluatedItems depends on every in-place applicator', oldNode: a, newNode: b })];
    }
    if (ctx.equal(x, y)) return [];
    return ctx.compare(x, y, { old: ['unevaluatedItems'], new: ['unevaluatedItems'], seg: { kind: 'opaque' } });
  },
});
