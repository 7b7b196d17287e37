import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import type { RawChange } from '../types.js';

/** The schema of array items (beyond any tuple positions) changed, including `items: false` closing a tuple (draft-07 `additionalItems`). */
export const itemsChanged = defineRule({
  id: 'items-changed',
  categories: ['WIRE', 'ARRAY'],
  description: 'The schema of array items (beyond any tuple positions) changed, including `items: false` closing a tuple (draft-07 `additionalItems`).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['prefixItems', 'items'],
  detect(a, b, ctx) {
    const n = Math.max(((a.prefixItems as Json[] | undefined) ?? []).length, ((b.prefixItems as Json[] | undefined) ?? []).length);
    const x = (a.items ?? true) as Json;
    const y = (b.items ?? true) as Json;
    if (ctx.equal(x, y)) return [];
    return ctx.compare(x, y, { old: ['items'], new: ['items'], seg: { kind: 'index', index: n } });
  },
});
