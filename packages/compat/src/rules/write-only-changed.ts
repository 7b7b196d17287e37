import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The writeOnly flag changed. An annotation: the instance set is unchanged (patch). */
export const writeOnlyChanged = defineRule({
  id: 'write-only-changed',
  categories: ['ANNOTATION'],
  description: 'The writeOnly flag changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['writeOnly'],
  detect(a, b, ctx) {
    const keys = ['writeOnly'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('write-only-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
