import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** `contains` was added: old arrays without a matching item are rejected (unless `minContains: 0`). */
export const containsAdded = defineRule({
  id: 'contains-added',
  categories: ['WIRE', 'ARRAY'],
  description: '`contains` was added: old arrays without a matching item are rejected (unless `minContains: 0`).',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (x.present || !y.present) return [];
    const vacuous = y.min === 0 && y.max === Infinity;
    return [ctx.change('contains-added', '`contains` was added.', vacuous ? 'ok' : 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
