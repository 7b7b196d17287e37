import { countBoundRule, num, str } from './support/helpers.js';

/** `minLength` loosened. */
export const minLengthDecreased = countBoundRule({
  id: 'min-length-decreased',
  keyword: 'minLength',
  side: 'min',
  move: 'looser',
  categories: ['WIRE', 'STRING'],
  what: 'string length',
  hint: (_a, b) => [str(num(b.minLength) ?? 0)],
});
