import { defineRule } from './support/helpers.js';
import { enumOf, minus, show } from './support/enum-diff.js';

/** Values were removed from an `enum`: old data holding them is rejected. */
export const enumValueRemoved = defineRule({
  id: 'enum-value-removed',
  categories: ['WIRE', 'VALUE'],
  description: 'Values were removed from an `enum`: old data holding them is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (x === undefined || y === undefined || (x.length === 1 && y.length === 1)) return [];
    const removed = minus(x, y);
    if (removed.length === 0) return [];
    return [ctx.change('enum-value-removed', `Enum value(s) removed: ${show(removed)}.`, 'breaking', 'ok', { hints: { backward: removed }, oldNode: a, newNode: b })];
  },
});
