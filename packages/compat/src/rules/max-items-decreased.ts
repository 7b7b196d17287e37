import { arr, countBoundRule, num } from './support/helpers.js';

/** `maxItems` tightened. */
export const maxItemsDecreased = countBoundRule({
  id: 'max-items-decreased',
  keyword: 'maxItems',
  side: 'max',
  move: 'tighter',
  categories: ['WIRE', 'ARRAY'],
  what: 'number of items',
  hint: (_a, b) => [arr((num(b.maxItems) ?? 0) + 1)],
});
