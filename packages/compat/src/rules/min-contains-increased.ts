import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** `minContains` raised (defaults: minContains 1, maxContains none): old arrays may have too few/many matching items. */
export const minContainsIncreased = defineRule({
  id: 'min-contains-increased',
  categories: ['WIRE', 'ARRAY'],
  description: '`minContains` raised (defaults: minContains 1, maxContains none): old arrays may have too few/many matching items.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (!x.present || !y.present || !(y.min > x.min)) return [];
    return [ctx.change('min-contains-increased', `minContains changed from ${x.min} to ${y.min}.`, 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
