import { defineRule } from './support/helpers.js';
import { enumOf, show } from './support/enum-diff.js';

/** An `enum` (of several values) was removed: the new schema accepts values outside the old list. */
export const enumRemoved = defineRule({
  id: 'enum-removed',
  categories: ['WIRE', 'VALUE'],
  description: 'An `enum` (of several values) was removed: the new schema accepts values outside the old list.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (y !== undefined || x === undefined || x.length === 1) return [];
    return [ctx.change('enum-removed', `The enum ${show(x)} was removed.`, 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
