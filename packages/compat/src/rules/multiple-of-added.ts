import { defineRule, num } from './support/helpers.js';

/** `multipleOf` added: numbers that are not multiples are rejected. */
export const multipleOfAdded = defineRule({
  id: 'multiple-of-added',
  categories: ['WIRE', 'NUMBER'],
  description: '`multipleOf` was added: old numbers that are not multiples of it are rejected.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['multipleOf'],
  detect(a, b, ctx) {
    const y = num(b.multipleOf);
    if (num(a.multipleOf) !== undefined || y === undefined) return [];
    return [ctx.change('multiple-of-added', `multipleOf ${y} was added.`, 'breaking', 'ok', { hints: { backward: [y / 2, y + 1, 1, 0.5, y * 1.5] }, oldNode: a, newNode: b })];
  },
});
