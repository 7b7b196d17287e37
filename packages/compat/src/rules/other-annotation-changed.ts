import { jsonEqual } from '../json.js';
import { isAnnotationKeyword } from '../keywords.js';
import { defineRule } from './support/helpers.js';

/** A keyword unknown to the validator changed (ajv runs with strict mode off and ignores it): an annotation (patch). */
export const otherAnnotationChanged = defineRule({
  id: 'other-annotation-changed',
  categories: ['ANNOTATION'],
  description: 'A keyword unknown to the validator changed (ajv runs with strict mode off and ignores it): an annotation (patch).',
  effect: { backward: 'ok', forward: 'ok' },
  keywords: [],
  detect(a, b, ctx) {
    const known = new Set(['title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'contentEncoding', 'contentMediaType', 'contentSchema']);
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => isAnnotationKeyword(k) && !known.has(k) && !k.startsWith('x-'));
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('other-annotation-changed', `Keyword(s) ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
