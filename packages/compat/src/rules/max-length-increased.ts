import { countBoundRule, num, str } from './support/helpers.js';

/** `maxLength` loosened. */
export const maxLengthIncreased = countBoundRule({
  id: 'max-length-increased',
  keyword: 'maxLength',
  side: 'max',
  move: 'looser',
  categories: ['WIRE', 'STRING'],
  what: 'string length',
  hint: (a) => [str((num(a.maxLength) ?? 0) + 1)],
});
