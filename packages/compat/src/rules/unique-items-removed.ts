import { defineRule } from './support/helpers.js';

/** `uniqueItems: true` was removed: new arrays may hold duplicates old readers reject. */
export const uniqueItemsRemoved = defineRule({
  id: 'unique-items-removed',
  categories: ['WIRE', 'ARRAY'],
  description: '`uniqueItems: true` was removed: new arrays may hold duplicates old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['uniqueItems'],
  detect(a, b, ctx) {
    if (a.uniqueItems !== true || b.uniqueItems === true) return [];
    return [ctx.change('unique-items-removed', 'Items no longer need to be unique.', 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
