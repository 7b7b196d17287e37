import { jsonEqual, type Json } from '../json.js';
import { defineRule, mapOf } from './support/helpers.js';
import { declared, patterns } from './support/object-shape.js';
import type { RawChange } from '../types.js';

/** The schema for properties not declared by name (`additionalProperties`, and `patternProperties` with the same patterns) changed, e.g. an object was closed (`additionalProperties: false`) or opened. */
export const additionalPropertiesChanged = defineRule({
  id: 'additional-properties-changed',
  categories: ['WIRE', 'OBJECT'],
  description: 'The schema for properties not declared by name (`additionalProperties`, and `patternProperties` with the same patterns) changed, e.g. an object was closed (`additionalProperties: false`) or opened.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['properties', 'patternProperties', 'additionalProperties'],
  detect(a, b, ctx) {
    if (!jsonEqual(patterns(a), patterns(b))) return []; // pattern-properties-changed decides then
    const out: RawChange[] = [];
    const exclude = [...new Set([...declared(a), ...declared(b)])];
    const pa = mapOf(a, 'patternProperties');
    const pb = mapOf(b, 'patternProperties');
    for (const p of patterns(a)) {
      out.push(...ctx.compare(pa[p] as Json, pb[p] as Json, { old: ['patternProperties', p], new: ['patternProperties', p], seg: { kind: 'other-prop', exclude, pattern: p } }));
    }
    const x = (a.additionalProperties ?? true) as Json;
    const y = (b.additionalProperties ?? true) as Json;
    if (ctx.equal(x, y)) return out;
    const nested = ctx.compare(x, y, { old: ['additionalProperties'], new: ['additionalProperties'], seg: { kind: 'other-prop', exclude } });
    const closedNow = y === false && x !== false;
    const openNow = x === false && y !== false;
    out.push(ctx.change('additional-properties-changed', closedNow ? 'The object was closed: undeclared properties are now rejected.' : openNow ? 'The object was opened: undeclared properties are now accepted.' : 'The schema of undeclared properties changed.', 'ok', 'ok'), ...nested);
    return out;
  },
});
