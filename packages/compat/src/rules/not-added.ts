import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** A `not` was added: old data matching the negated schema is rejected. */
export const notAdded = defineRule({
  id: 'not-added',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'A `not` was added: old data matching the negated schema is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['not'],
  detect(a, b, ctx) {
    if ('not' in a || !('not' in b)) return [];
    return [ctx.change('not-added', 'A `not` constraint was added.', 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
