import { countBoundRule, num, obj } from './support/helpers.js';

/** `minProperties` loosened. */
export const minPropertiesDecreased = countBoundRule({
  id: 'min-properties-decreased',
  keyword: 'minProperties',
  side: 'min',
  move: 'looser',
  categories: ['WIRE', 'OBJECT'],
  what: 'number of properties',
  hint: (_a, b) => [obj(num(b.minProperties) ?? 0)],
});
