import { arr, countBoundRule, num } from './support/helpers.js';

/** `minItems` loosened. */
export const minItemsDecreased = countBoundRule({
  id: 'min-items-decreased',
  keyword: 'minItems',
  side: 'min',
  move: 'looser',
  categories: ['WIRE', 'ARRAY'],
  what: 'number of items',
  hint: (_a, b) => [arr(num(b.minItems) ?? 0)],
});
