import { defineRule } from './support/helpers.js';
import { enumOf, show } from './support/enum-diff.js';

/** A `const` (or one-value `enum`) was added: every other value is now rejected. */
export const constAdded = defineRule({
  id: 'const-added',
  categories: ['WIRE', 'VALUE'],
  description: 'A `const` (or one-value `enum`) was added: every other value is now rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (x !== undefined || y?.length !== 1) return [];
    return [ctx.change('const-added', `The value is now fixed to ${show(y)}.`, 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
