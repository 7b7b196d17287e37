import type { Effect } from '../types.js';
import { defineRule } from './support/helpers.js';
import { effectiveFormat, formatIncluded, FORMAT_PROBES, FORMAT_SAMPLES } from './support/format-table.js';

/** A `format` changed to another one. Known inclusions (uri ⊂ uri-reference, date-time ⊂ iso-date-time, time ⊂ iso-time, int32 ⊂ int64) widen; anything else breaks both ways; formats unknown to ajv-formats are undecided. */
export const formatChanged = defineRule({
  id: 'format-changed',
  categories: ['WIRE', 'STRING'],
  description: 'A `format` changed to another one. Known inclusions (uri ⊂ uri-reference, date-time ⊂ iso-date-time, time ⊂ iso-time, int32 ⊂ int64) widen; anything else breaks both ways; formats unknown to ajv-formats are undecided.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['format'],
  detect(a, b, ctx) {
    const x = effectiveFormat(a.format);
    const y = effectiveFormat(b.format);
    if (x === undefined || y === undefined || x === y) return [];
    const bi = formatIncluded(x, y);
    const fi = formatIncluded(y, x);
    const eff = (v: boolean | undefined): Effect => (v === undefined ? 'undecided' : v ? 'ok' : 'breaking');
    return [ctx.change('format-changed', `format changed from "${x}" to "${y}".`, eff(bi), eff(fi), { hints: { backward: [...(FORMAT_SAMPLES[x] ?? []), ...FORMAT_PROBES], forward: [...(FORMAT_SAMPLES[y] ?? []), ...FORMAT_PROBES] }, oldNode: a, newNode: b, ...(bi === undefined || fi === undefined ? { why: 'a format unknown to ajv-formats' } : {}) })];
  },
});
