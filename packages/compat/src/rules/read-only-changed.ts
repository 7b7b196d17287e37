import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The readOnly flag changed. An annotation: the instance set is unchanged (patch). */
export const readOnlyChanged = defineRule({
  id: 'read-only-changed',
  categories: ['ANNOTATION'],
  description: 'The readOnly flag changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['readOnly'],
  detect(a, b, ctx) {
    const keys = ['readOnly'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('read-only-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
