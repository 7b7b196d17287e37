import { defineRule } from './support/helpers.js';
import { swapped } from './support/one-of-any-of.js';

/** `anyOf` became `oneOf` over the same branches: data matching several branches is now rejected. */
export const anyOfRestrictedToOneOf = defineRule({
  id: 'any-of-restricted-to-one-of',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`anyOf` became `oneOf` over the same branches: new data stays valid for old readers; old data matching several branches is rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['oneOf', 'anyOf'],
  detect(a, b, ctx) {
    if (!swapped(a, b, 'anyOf', 'oneOf', ctx)) return [];
    return [ctx.change('any-of-restricted-to-one-of', 'anyOf became oneOf over the same branches.', 'breaking', 'ok', { oldNode: a, newNode: b })];
  },
});
