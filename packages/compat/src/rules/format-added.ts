import { defineRule } from './support/helpers.js';
import { effectiveFormat, formatIncluded, FORMAT_PROBES } from './support/format-table.js';

/** A `format` was added: old strings that do not have that format are rejected (format is an assertion in ndd). */
export const formatAdded = defineRule({
  id: 'format-added',
  categories: ['WIRE', 'STRING'],
  description: 'A `format` was added: old strings that do not have that format are rejected (format is an assertion in ndd).',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['format'],
  detect(a, b, ctx) {
    const x = effectiveFormat(a.format);
    const y = effectiveFormat(b.format);
    if (x !== undefined || y === undefined) return [];
    const inc = formatIncluded(x, y);
    const backward = inc === undefined ? 'undecided' : inc ? 'ok' : 'breaking';
    return [ctx.change('format-added', `format "${y}" was added.`, backward, 'ok', { hints: { backward: [...FORMAT_PROBES] }, oldNode: a, newNode: b, ...(backward === 'undecided' ? { why: `"${y}" is not an ajv-formats format` } : {}) })];
  },
});
