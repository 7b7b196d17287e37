import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The default value changed. An annotation: the instance set is unchanged (patch). */
export const defaultChanged = defineRule({
  id: 'default-changed',
  categories: ['ANNOTATION'],
  description: 'The default value changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['default'],
  detect(a, b, ctx) {
    const keys = ['default'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('default-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
