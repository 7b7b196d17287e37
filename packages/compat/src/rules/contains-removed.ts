import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** `contains` was removed: new arrays may lack the item old readers require. */
export const containsRemoved = defineRule({
  id: 'contains-removed',
  categories: ['WIRE', 'ARRAY'],
  description: '`contains` was removed: new arrays may lack the item old readers require.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (!x.present || y.present) return [];
    const vacuous = x.min === 0 && x.max === Infinity;
    return [ctx.change('contains-removed', '`contains` was removed.', 'ok', vacuous ? 'ok' : 'breaking', { oldNode: a, newNode: b })];
  },
});
