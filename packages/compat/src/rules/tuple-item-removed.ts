import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import type { RawChange } from '../types.js';

/** A tuple position was removed (`prefixItems` shrank). What the old schema required there is compared with what the new one allows (its `items`, or anything). */
export const tupleItemRemoved = defineRule({
  id: 'tuple-item-removed',
  categories: ['WIRE', 'ARRAY'],
  description: 'A tuple position was removed (`prefixItems` shrank). What the old schema required there is compared with what the new one allows (its `items`, or anything).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['prefixItems', 'items'],
  detect(a, b, ctx) {
    const x = (a.prefixItems as Json[] | undefined) ?? [];
    const y = (b.prefixItems as Json[] | undefined) ?? [];
    const out: RawChange[] = [];
    for (let i = y.length; i < x.length; i++) {
      out.push(ctx.change('tuple-item-removed', `Tuple position ${i} was removed.`, 'ok', 'ok'));
      out.push(...ctx.compare(x[i] as Json, (b.items ?? true) as Json, { old: ['prefixItems', i], new: 'items' in b ? ['items'] : [], seg: { kind: 'index', index: i } }));
    }
    return out;
  },
});
