import { defineRule } from './support/helpers.js';
import { enumOf, minus, show } from './support/enum-diff.js';

/** Values were added to an `enum`: new data may hold a value old readers reject. */
export const enumValueAdded = defineRule({
  id: 'enum-value-added',
  categories: ['WIRE', 'VALUE'],
  description: 'Values were added to an `enum`: new data may hold a value old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (x === undefined || y === undefined || (x.length === 1 && y.length === 1)) return [];
    const added = minus(y, x);
    if (added.length === 0) return [];
    return [ctx.change('enum-value-added', `Enum value(s) added: ${show(added)}.`, 'ok', 'breaking', { hints: { forward: added }, oldNode: a, newNode: b })];
  },
});
