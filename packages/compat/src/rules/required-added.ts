import { defineRule } from './support/helpers.js';

/** A property became required: records that omit it are no longer valid. */
export const requiredAdded = defineRule({
  id: 'required-added',
  categories: ['WIRE', 'OBJECT'],
  description: 'A property became required: records that omit it are no longer valid.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['required'],
  detect(a, b, ctx) {
    const x = new Set((a.required as string[] | undefined) ?? []);
    const added = ((b.required as string[] | undefined) ?? []).filter((r) => !x.has(r));
    return added.map((r) => ctx.change('required-added', `Property "${r}" became required.`, 'breaking', 'ok', { oldNode: a, newNode: b }));
  },
});
