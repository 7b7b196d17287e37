import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** `unevaluatedProperties` changed, or something else changed next to it. What counts as evaluated depends on every in-place applicator, so the engine compares the `unevaluatedProperties` schema only when everything else in the node is unchanged; otherwise the change is undecided. */
export const unevaluatedPropertiesChanged = defineRule({
  id: 'unevaluated-properties-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`unevaluatedProperties` changed, or something else changed next to it. What counts as evaluated depends on every in-place applicator, so the engine compares the `unevaluatedProperties` schema only when everything else in the node is unchanged; otherwise the change is undecided.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['unevaluatedProperties'],
  detect(a, b, ctx) {
    const x = (a.unevaluatedProperties ?? true) as Json;
    const y = (b.unevaluatedProperties ?? true) as Json;
    const { unevaluatedProperties: _x, ...restA } = a;
    const { unevaluatedProperties: _y, ...restB } = b;
    if (!ctx.equal(restA, restB)) {
      // Dropping the keyword only removes a conjunct (the rest is judged by the other rules);
      // anything else next to it may change what counts as evaluated.
      const backward = !('unevaluatedProperties' in b) ? 'ok' : 'undecided';
      const forward = !('unevaluatedProperties' in a) ? 'ok' : 'undecided';
      return [ctx.change('unevaluated-properties-changed', 'Keywords next to `unevaluatedProperties` changed; what is evaluated may change with them.', backward, forward, { why: 'unevaluatedProperties depends on every in-place applicator', oldNode: a, newNode: b })];
    }
    if (ctx.equal(x, y)) return [];
    return ctx.compare(x, y, { old: ['unevaluatedProperties'], new: ['unevaluatedProperties'], seg: { kind: 'other-prop', exclude: [] } });
  },
});
