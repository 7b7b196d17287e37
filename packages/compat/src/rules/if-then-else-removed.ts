import { defineRule } from './support/helpers.js';
import { impliesBranches } from './support/conditional.js';

/** A conditional (`if`/`then`/`else`) was removed: new data may fail the old condition's branches. */
export const ifThenElseRemoved = defineRule({
  id: 'if-then-else-removed',
  categories: ['WIRE', 'COMPOSITION'],
  description: "A conditional (`if`/`then`/`else`) was removed: new data may fail the old condition's branches.",
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['if', 'then', 'else'],
  detect(a, b, ctx) {
    if (!('if' in a) || 'if' in b) return [];
    const implied = impliesBranches(ctx, b, a);
    return [ctx.change('if-then-else-removed', 'A conditional (if/then/else) was removed.', 'ok', implied ? 'ok' : 'breaking', { oldNode: a, newNode: b })];
  },
});
