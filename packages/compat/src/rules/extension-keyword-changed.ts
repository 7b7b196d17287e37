import { jsonEqual } from '../json.js';
import { defineRule } from './support/helpers.js';

/** An `x-*` extension keyword changed (ndd's own metadata such as `x-title-en`, `x-ndd`, `x-codes`). ajv ignores them, so they are annotations (patch). */
export const extensionKeywordChanged = defineRule({
  id: 'extension-keyword-changed',
  categories: ['ANNOTATION'],
  description: "An `x-*` extension keyword changed (ndd's own metadata such as `x-title-en`, `x-ndd`, `x-codes`). ajv ignores them, so they are annotations (patch).",
  effect: { backward: 'ok', forward: 'ok' },
  keywords: [],
  detect(a, b, ctx) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k.startsWith('x-'));
    const changed = keys.filter((k) => !jsonEqual(a[k] ?? null, b[k] ?? null) || (k in a) !== (k in b));
    if (changed.length === 0) return [];
    return [ctx.change('extension-keyword-changed', `Extension keyword(s) ${changed.join(', ')} changed.`, 'ok', 'ok')];
  },
});
