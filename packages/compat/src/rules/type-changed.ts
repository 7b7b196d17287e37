import { defineRule } from './support/helpers.js';
import { samplesOf, typeDiff } from './support/type-diff.js';

/** The allowed JSON types changed both ways (some added, some removed). */
export const typeChanged = defineRule({
  id: 'type-changed',
  categories: ['WIRE', 'TYPE'],
  description: 'The allowed JSON types changed both ways (some added, some removed).',
  effect: { backward: 'breaking', forward: 'breaking' },
  keywords: ['type'],
  detect(a, b, ctx) {
    const d = typeDiff(a, b);
    if (d?.kind !== 'type-changed') return [];
    return [
      ctx.change('type-changed', `Types ${d.added.length > 0 ? `added: ${d.added.join(', ')}` : ''}${d.added.length > 0 && d.removed.length > 0 ? '; ' : ''}${d.removed.length > 0 ? `removed: ${d.removed.join(', ')}` : ''}.`.replace('fraction', 'non-integer number'), 'breaking', 'breaking', {
        hints: { backward: samplesOf(d.removed), forward: samplesOf(d.added) },
        oldNode: a,
        newNode: b,
      }),
    ];
  },
});
