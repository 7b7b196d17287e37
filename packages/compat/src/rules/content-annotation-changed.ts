import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The content annotations (contentEncoding, contentMediaType, contentSchema) changed. An annotation: the instance set is unchanged (patch). */
export const contentAnnotationChanged = defineRule({
  id: 'content-annotation-changed',
  categories: ['ANNOTATION'],
  description: 'The content annotations (contentEncoding, contentMediaType, contentSchema) changed. An annotation: the instance set is unchanged (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: ['contentEncoding', 'contentMediaType', 'contentSchema'],
  detect(a, b, ctx) {
    const keys = ['contentEncoding', 'contentMediaType', 'contentSchema'];
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('content-annotation-changed', `Annotation ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
