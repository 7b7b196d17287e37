import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The $comment changed. An annotation: the instance set is unchanged (patch). */
export const commentChanged = defineRule({
  id: 'comment-changed',
  categories: ['ANNOTATION'],
  description: 'The $comment changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['$comment'],
  detect(a, b, ctx) {
    const keys = ['$comment'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('comment-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
