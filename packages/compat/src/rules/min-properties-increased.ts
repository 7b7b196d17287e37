import { countBoundRule, num, obj } from './support/helpers.js';

/** `minProperties` tightened. */
export const minPropertiesIncreased = countBoundRule({
  id: 'min-properties-increased',
  keyword: 'minProperties',
  side: 'min',
  move: 'tighter',
  categories: ['WIRE', 'OBJECT'],
  what: 'number of properties',
  hint: (a) => [obj(num(a.minProperties) ?? 0)],
});
