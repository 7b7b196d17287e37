import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The deprecation flag changed. An annotation: the instance set is unchanged (patch). */
export const deprecatedChanged = defineRule({
  id: 'deprecated-changed',
  categories: ['ANNOTATION'],
  description: 'The deprecation flag changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['deprecated'],
  detect(a, b, ctx) {
    const keys = ['deprecated'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('deprecated-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
