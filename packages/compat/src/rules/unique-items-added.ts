import { defineRule } from './support/helpers.js';

/** `uniqueItems: true` was added: old arrays with duplicates are rejected. */
export const uniqueItemsAdded = defineRule({
  id: 'unique-items-added',
  categories: ['WIRE', 'ARRAY'],
  description: '`uniqueItems: true` was added: old arrays with duplicates are rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['uniqueItems'],
  detect(a, b, ctx) {
    if (a.uniqueItems === true || b.uniqueItems !== true) return [];
    return [ctx.change('unique-items-added', 'Items must now be unique.', 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
