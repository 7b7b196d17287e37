import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The examples changed. An annotation: the instance set is unchanged (patch). */
export const examplesChanged = defineRule({
  id: 'examples-changed',
  categories: ['ANNOTATION'],
  description: 'The examples changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['examples'],
  detect(a, b, ctx) {
    const keys = ['examples'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('examples-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
