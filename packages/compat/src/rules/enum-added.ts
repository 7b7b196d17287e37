import { defineRule } from './support/helpers.js';
import { enumOf, show } from './support/enum-diff.js';

/** An `enum` (of several values) was added where any value of the type was allowed: old data outside the list is rejected. */
export const enumAdded = defineRule({
  id: 'enum-added',
  categories: ['WIRE', 'VALUE'],
  description: 'An `enum` (of several values) was added where any value of the type was allowed: old data outside the list is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (x !== undefined || y === undefined || y.length === 1) return [];
    return [ctx.change('enum-added', `An enum was added: ${show(y)}.`, 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
