import { defineRule } from './support/helpers.js';
import { impliesBranches } from './support/conditional.js';

/** A conditional (`if`/`then`/`else`) was added: a new conjunct, so old data failing it is rejected. */
export const ifThenElseAdded = defineRule({
  id: 'if-then-else-added',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'A conditional (`if`/`then`/`else`) was added: a new conjunct, so old data failing it is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['if', 'then', 'else'],
  detect(a, b, ctx) {
    if ('if' in a || !('if' in b)) return [];
    // Harmless when the old schema already implies both branches, whatever the condition.
    const implied = impliesBranches(ctx, a, b);
    return [ctx.change('if-then-else-added', 'A conditional (if/then/else) was added.', implied ? 'ok' : 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
