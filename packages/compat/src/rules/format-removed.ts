import { defineRule } from './support/helpers.js';
import { effectiveFormat, formatIncluded, FORMAT_PROBES } from './support/format-table.js';

/** A `format` was removed: the new schema accepts strings the old one rejected. */
export const formatRemoved = defineRule({
  id: 'format-removed',
  categories: ['WIRE', 'STRING'],
  description: 'A `format` was removed: the new schema accepts strings the old one rejected.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['format'],
  detect(a, b, ctx) {
    const x = effectiveFormat(a.format);
    const y = effectiveFormat(b.format);
    if (x === undefined || y !== undefined) return [];
    const inc = formatIncluded(y, x);
    const forward = inc === undefined ? 'undecided' : inc ? 'ok' : 'breaking';
    return [ctx.change('format-removed', `format "${x}" was removed.`, 'ok', forward, { hints: { forward: [...FORMAT_PROBES] }, oldNode: a, newNode: b, ...(forward === 'undecided' ? { why: `"${x}" is not an ajv-formats format` } : {}) })];
  },
});
