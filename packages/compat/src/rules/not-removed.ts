import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** A `not` was removed: new data may match what the old schema negated. */
export const notRemoved = defineRule({
  id: 'not-removed',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'A `not` was removed: new data may match what the old schema negated.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['not'],
  detect(a, b, ctx) {
    if (!('not' in a) || 'not' in b) return [];
    return [ctx.change('not-removed', 'A `not` constraint was removed.', 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
