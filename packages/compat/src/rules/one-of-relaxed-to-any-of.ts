import { defineRule } from './support/helpers.js';
import { swapped } from './support/one-of-any-of.js';

/** `oneOf` became `anyOf` over the same branches: exactly-one ⊆ at-least-one, so old data stays valid. */
export const oneOfRelaxedToAnyOf = defineRule({
  id: 'one-of-relaxed-to-any-of',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`oneOf` became `anyOf` over the same branches. Matching exactly one branch implies matching at least one, so old data stays valid; new data matching several branches is rejected by old readers.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['oneOf', 'anyOf'],
  detect(a, b, ctx) {
    if (!swapped(a, b, 'oneOf', 'anyOf', ctx)) return [];
    return [ctx.change('one-of-relaxed-to-any-of', 'oneOf became anyOf over the same branches.', 'ok', 'breaking', { oldNode: a, newNode: b })];
  },
});
