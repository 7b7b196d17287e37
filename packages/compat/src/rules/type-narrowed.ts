import { defineRule } from './support/helpers.js';
import { samplesOf, typeDiff } from './support/type-diff.js';

/** The set of allowed JSON types shrank: old data of a removed type is rejected. */
export const typeNarrowed = defineRule({
  id: 'type-narrowed',
  categories: ['WIRE', 'TYPE'],
  description: 'The set of allowed JSON types shrank: old data of a removed type is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['type'],
  detect(a, b, ctx) {
    const d = typeDiff(a, b);
    if (d?.kind !== 'type-narrowed') return [];
    return [
      ctx.change('type-narrowed', `Types ${d.added.length > 0 ? `added: ${d.added.join(', ')}` : ''}${d.added.length > 0 && d.removed.length > 0 ? '; ' : ''}${d.removed.length > 0 ? `removed: ${d.removed.join(', ')}` : ''}.`.replace('fraction', 'non-integer number'), 'breaking', 'ok', {
        hints: { backward: samplesOf(d.removed), forward: samplesOf(d.added) },
        oldNode: a,
        newNode: b,
      }),
    ];
  },
});
