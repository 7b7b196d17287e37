import { countBoundRule, num, str } from './support/helpers.js';

/** `maxLength` tightened. */
export const maxLengthDecreased = countBoundRule({
  id: 'max-length-decreased',
  keyword: 'maxLength',
  side: 'max',
  move: 'tighter',
  categories: ['WIRE', 'STRING'],
  what: 'string length',
  hint: (_a, b) => [str((num(b.maxLength) ?? 0) + 1)],
});
