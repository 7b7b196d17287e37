import { defineRule } from './support/helpers.js';
import { samplesOf, typeDiff } from './support/type-diff.js';

/** The set of allowed JSON types grew (for example `string` became `["string", "null"]`): old data stays valid, new data may hold a type old readers reject. */
export const typeWidened = defineRule({
  id: 'type-widened',
  categories: ['WIRE', 'TYPE'],
  description: 'The set of allowed JSON types grew (for example `string` became `["string", "null"]`): old data stays valid, new data may hold a type old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['type'],
  detect(a, b, ctx) {
    const d = typeDiff(a, b);
    if (d?.kind !== 'type-widened') return [];
    return [
      ctx.change('type-widened', `Types ${d.added.length > 0 ? `added: ${d.added.join(', ')}` : ''}${d.added.length > 0 && d.removed.length > 0 ? '; ' : ''}${d.removed.length > 0 ? `removed: ${d.removed.join(', ')}` : ''}.`.replace('fraction', 'non-integer number'), 'ok', 'breaking', {
        hints: { backward: samplesOf(d.removed), forward: samplesOf(d.added) },
        oldNode: a,
        newNode: b,
      }),
    ];
  },
});
