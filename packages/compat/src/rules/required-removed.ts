import { defineRule } from './support/helpers.js';

/** A property is no longer required: new records may omit it, which old readers reject. */
export const requiredRemoved = defineRule({
  id: 'required-removed',
  categories: ['WIRE', 'OBJECT'],
  description: 'A property is no longer required: new records may omit it, which old readers reject.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['required'],
  detect(a, b, ctx) {
    const y = new Set((b.required as string[] | undefined) ?? []);
    const removed = ((a.required as string[] | undefined) ?? []).filter((r) => !y.has(r));
    return removed.map((r) => ctx.change('required-removed', `Property "${r}" is no longer required.`, 'ok', 'breaking', { oldNode: a, newNode: b }));
  },
});
