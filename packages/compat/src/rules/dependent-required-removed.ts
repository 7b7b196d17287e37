import { defineRule, mapOf } from './support/helpers.js';

/** `dependentRequired` requires less: new records may omit properties old readers require. */
export const dependentRequiredRemoved = defineRule({
  id: 'dependent-required-removed',
  categories: ['WIRE', 'OBJECT'],
  description: '`dependentRequired` requires less: new records may omit properties old readers require.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['dependentRequired'],
  detect(a, b, ctx) {
    const x = mapOf(a, 'dependentRequired');
    const y = mapOf(b, 'dependentRequired');
    const out = [];
    for (const [k, list] of Object.entries(x)) {
      const has = new Set((y[k] as string[] | undefined) ?? []);
      const fewer = (list as string[]).filter((p) => !has.has(p));
      if (fewer.length > 0) out.push(ctx.change('dependent-required-removed', `When "${k}" is present, ${fewer.map((p) => `"${p}"`).join(', ')} no longer required.`, 'ok', 'breaking', { oldNode: a, newNode: b }));
    }
    return out;
  },
});
