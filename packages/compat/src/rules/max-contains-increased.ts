import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** `maxContains` raised (defaults: minContains 1, maxContains none): new arrays may have a count of matching items old readers reject. */
export const maxContainsIncreased = defineRule({
  id: 'max-contains-increased',
  categories: ['WIRE', 'ARRAY'],
  description: '`maxContains` raised (defaults: minContains 1, maxContains none): new arrays may have a count of matching items old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (!x.present || !y.present || !(y.max > x.max)) return [];
    return [ctx.change('max-contains-increased', `maxContains changed from ${x.max} to ${y.max}.`, 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
