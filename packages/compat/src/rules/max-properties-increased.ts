import { countBoundRule, num, obj } from './support/helpers.js';

/** `maxProperties` loosened. */
export const maxPropertiesIncreased = countBoundRule({
  id: 'max-properties-increased',
  keyword: 'maxProperties',
  side: 'max',
  move: 'looser',
  categories: ['WIRE', 'OBJECT'],
  what: 'number of properties',
  hint: (a) => [obj((num(a.maxProperties) ?? 0) + 1)],
});
