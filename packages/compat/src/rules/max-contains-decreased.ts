import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** `maxContains` lowered (defaults: minContains 1, maxContains none): old arrays may have too few/many matching items. */
export const maxContainsDecreased = defineRule({
  id: 'max-contains-decreased',
  categories: ['WIRE', 'ARRAY'],
  description: '`maxContains` lowered (defaults: minContains 1, maxContains none): old arrays may have too few/many matching items.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (!x.present || !y.present || !(y.max < x.max)) return [];
    return [ctx.change('max-contains-decreased', `maxContains changed from ${x.max} to ${y.max}.`, 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
