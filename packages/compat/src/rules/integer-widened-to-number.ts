import { defineRule } from './support/helpers.js';
import { samplesOf, typeDiff } from './support/type-diff.js';

/** `integer` became `number`: fractions such as 0.5 are now accepted, which old readers reject. */
export const integerWidenedToNumber = defineRule({
  id: 'integer-widened-to-number',
  categories: ['WIRE', 'TYPE'],
  description: '`integer` became `number`: fractions such as 0.5 are now accepted, which old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['type'],
  detect(a, b, ctx) {
    const d = typeDiff(a, b);
    if (d?.kind !== 'integer-widened-to-number') return [];
    return [
      ctx.change('integer-widened-to-number', `Types ${d.added.length > 0 ? `added: ${d.added.join(', ')}` : ''}${d.added.length > 0 && d.removed.length > 0 ? '; ' : ''}${d.removed.length > 0 ? `removed: ${d.removed.join(', ')}` : ''}.`.replace('fraction', 'non-integer number'), 'ok', 'breaking', {
        hints: { backward: samplesOf(d.removed), forward: samplesOf(d.added) },
        oldNode: a,
        newNode: b,
      }),
    ];
  },
});
