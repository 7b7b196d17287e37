import { defineRule } from './support/helpers.js';
import { samplesOf, typeDiff } from './support/type-diff.js';

/** `number` became `integer`: old data with fractions (0.5) is rejected. */
export const numberNarrowedToInteger = defineRule({
  id: 'number-narrowed-to-integer',
  categories: ['WIRE', 'TYPE'],
  description: '`number` became `integer`: old data with fractions (0.5) is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['type'],
  detect(a, b, ctx) {
    const d = typeDiff(a, b);
    if (d?.kind !== 'number-narrowed-to-integer') return [];
    return [
      ctx.change('number-narrowed-to-integer', `Types ${d.added.length > 0 ? `added: ${d.added.join(', ')}` : ''}${d.added.length > 0 && d.removed.length > 0 ? '; ' : ''}${d.removed.length > 0 ? `removed: ${d.removed.join(', ')}` : ''}.`.replace('fraction', 'non-integer number'), 'breaking', 'ok', {
        hints: { backward: samplesOf(d.removed), forward: samplesOf(d.added) },
        oldNode: a,
        newNode: b,
      }),
    ];
  },
});
