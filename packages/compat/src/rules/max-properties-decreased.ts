import { countBoundRule, num, obj } from './support/helpers.js';

/** `maxProperties` tightened. */
export const maxPropertiesDecreased = countBoundRule({
  id: 'max-properties-decreased',
  keyword: 'maxProperties',
  side: 'max',
  move: 'tighter',
  categories: ['WIRE', 'OBJECT'],
  what: 'number of properties',
  hint: (_a, b) => [obj((num(b.maxProperties) ?? 0) + 1)],
});
