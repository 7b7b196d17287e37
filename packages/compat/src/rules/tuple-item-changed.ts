import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import type { RawChange } from '../types.js';

/** The schema of a tuple position (`prefixItems`, draft-07 `items` array) present in both versions changed; compared like any subschema. */
export const tupleItemChanged = defineRule({
  id: 'tuple-item-changed',
  categories: ['WIRE', 'ARRAY'],
  description: 'The schema of a tuple position (`prefixItems`, draft-07 `items` array) present in both versions changed; compared like any subschema.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['prefixItems', 'items'],
  detect(a, b, ctx) {
    const x = (a.prefixItems as Json[] | undefined) ?? [];
    const y = (b.prefixItems as Json[] | undefined) ?? [];
    const out: RawChange[] = [];
    for (let i = 0; i < Math.min(x.length, y.length); i++) out.push(...ctx.compare(x[i] as Json, y[i] as Json, { old: ['prefixItems', i], new: ['prefixItems', i], seg: { kind: 'index', index: i } }));
    return out;
  },
});
