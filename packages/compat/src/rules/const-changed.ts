import { defineRule } from './support/helpers.js';
import { enumOf, minus, show } from './support/enum-diff.js';

/** A `const` changed value: old data is rejected and new data is rejected by old readers. */
export const constChanged = defineRule({
  id: 'const-changed',
  categories: ['WIRE', 'VALUE'],
  description: 'A `const` changed value: old data is rejected and new data is rejected by old readers.',
  effect: { backward: 'breaking', forward: 'breaking' },
  keywords: ['enum'],
  detect(a, b, ctx) {
    const x = enumOf(a);
    const y = enumOf(b);
    if (x?.length !== 1 || y?.length !== 1 || minus(x, y).length === 0) return [];
    return [ctx.change('const-changed', `The fixed value changed from ${show(x)} to ${show(y)}.`, 'breaking', 'breaking', { hints: { backward: x, forward: y }, oldNode: a, newNode: b })];
  },
});
