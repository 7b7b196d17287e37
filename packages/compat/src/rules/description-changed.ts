import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The description changed. An annotation: the instance set is unchanged (patch). */
export const descriptionChanged = defineRule({
  id: 'description-changed',
  categories: ['ANNOTATION'],
  description: 'The description changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['description'],
  detect(a, b, ctx) {
    const keys = ['description'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('description-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
