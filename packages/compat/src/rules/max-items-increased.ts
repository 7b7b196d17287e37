import { arr, countBoundRule, num } from './support/helpers.js';

/** `maxItems` loosened. */
export const maxItemsIncreased = countBoundRule({
  id: 'max-items-increased',
  keyword: 'maxItems',
  side: 'max',
  move: 'looser',
  categories: ['WIRE', 'ARRAY'],
  what: 'number of items',
  hint: (a) => [arr((num(a.maxItems) ?? 0) + 1)],
});
