import { defineRule, num } from './support/helpers.js';

/** `multipleOf` removed: the new schema accepts numbers that are not multiples. */
export const multipleOfRemoved = defineRule({
  id: 'multiple-of-removed',
  categories: ['WIRE', 'NUMBER'],
  description: '`multipleOf` was removed: the new schema accepts numbers the old one rejected.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['multipleOf'],
  detect(a, b, ctx) {
    const x = num(a.multipleOf);
    if (x === undefined || num(b.multipleOf) !== undefined) return [];
    return [ctx.change('multiple-of-removed', `multipleOf ${x} was removed.`, 'ok', 'breaking', { hints: { forward: [x / 2, x + 1, 1, 0.5, x * 1.5] }, oldNode: a, newNode: b })];
  },
});
