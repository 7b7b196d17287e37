import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import type { RawChange } from '../types.js';

/** A tuple position was added (`prefixItems` grew). The new position is compared with what the old schema allowed there (its `items`, or anything). */
export const tupleItemAdded = defineRule({
  id: 'tuple-item-added',
  categories: ['WIRE', 'ARRAY'],
  description: 'A tuple position was added (`prefixItems` grew). The new position is compared with what the old schema allowed there (its `items`, or anything).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['prefixItems', 'items'],
  detect(a, b, ctx) {
    const x = (a.prefixItems as Json[] | undefined) ?? [];
    const y = (b.prefixItems as Json[] | undefined) ?? [];
    const out: RawChange[] = [];
    for (let i = x.length; i < y.length; i++) {
      out.push(ctx.change('tuple-item-added', `Tuple position ${i} was added.`, 'ok', 'ok'));
      out.push(...ctx.compare((a.items ?? true) as Json, y[i] as Json, { old: 'items' in a ? ['items'] : [], new: ['prefixItems', i], seg: { kind: 'index', index: i } }));
    }
    return out;
  },
});
