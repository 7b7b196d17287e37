import { arr, countBoundRule, num } from './support/helpers.js';

/** `minItems` tightened. */
export const minItemsIncreased = countBoundRule({
  id: 'min-items-increased',
  keyword: 'minItems',
  side: 'min',
  move: 'tighter',
  categories: ['WIRE', 'ARRAY'],
  what: 'number of items',
  hint: (a) => [arr(num(a.minItems) ?? 0)],
});
