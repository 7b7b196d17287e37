import { defineRule } from './support/helpers.js';
import { enumOf, show } from './support/enum-diff.js';

/** A `const` (or one-value `enum`) was removed: other values are now accepted. */
export const constRemoved = defineRule({
  id: 'const-removed',
  categories: ['WIRE', 'VALUE'],
  description: 'A `const` (or one-value `enum`) was removed: other values are now accepted.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (y !== undefined || x?.length !== 1) return [];
    return [ctx.change('const-removed', `The fixed value ${show(x)} is no longer required.`, 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
