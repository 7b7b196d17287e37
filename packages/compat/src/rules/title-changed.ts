import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The title changed. An annotation: the instance set is unchanged (patch). */
export const titleChanged = defineRule({
  id: 'title-changed',
  categories: ['ANNOTATION'],
  description: 'The title changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['title'],
  detect(a, b, ctx) {
    const keys = ['title'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('title-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
