import { countBoundRule, num, str } from './support/helpers.js';

/** `minLength` tightened. */
export const minLengthIncreased = countBoundRule({
  id: 'min-length-increased',
  keyword: 'minLength',
  side: 'min',
  move: 'tighter',
  categories: ['WIRE', 'STRING'],
  what: 'string length',
  hint: (a) => [str(num(a.minLength) ?? 0)],
});
