import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** `minContains` lowered (defaults: minContains 1, maxContains none): new arrays may have a count of matching items old readers reject. */
export const minContainsDecreased = defineRule({
  id: 'min-contains-decreased',
  categories: ['WIRE', 'ARRAY'],
  description: '`minContains` lowered (defaults: minContains 1, maxContains none): new arrays may have a count of matching items old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (!x.present || !y.present || !(y.min < x.min)) return [];
    return [ctx.change('min-contains-decreased', `minContains changed from ${x.min} to ${y.min}.`, 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
