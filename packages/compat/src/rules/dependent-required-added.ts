import { defineRule, mapOf } from './support/helpers.js';

/** `dependentRequired` (draft-07 `dependencies` with a list) requires more: when the trigger property is present, more properties are required. */
export const dependentRequiredAdded = defineRule({
  id: 'dependent-required-added',
  categories: ['WIRE', 'OBJECT'],
  description: '`dependentRequired` (draft-07 `dependencies` with a list) requires more: when the trigger property is present, more properties are required.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['dependentRequired'],
  detect(a, b, ctx) {
    const x = mapOf(a, 'dependentRequired');
    const y = mapOf(b, 'dependentRequired');
    const out = [];
    for (const [k, list] of Object.entries(y)) {
      const had = new Set((x[k] as string[] | undefined) ?? []);
      const more = (list as string[]).filter((p) => !had.has(p));
      if (more.length > 0) out.push(ctx.change('dependent-required-added', `When "${k}" is present, ${more.map((p) => `"${p}"`).join(', ')} now required.`, 'breaking', 'ok', { oldNode: a, newNode: b }));
    }
    return out;
  },
});
