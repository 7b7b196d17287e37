import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** `propertyNames` changed: the schema every property name must satisfy is compared like any string schema. */
export const propertyNamesChanged = defineRule({
  id: 'property-names-changed',
  categories: ['WIRE', 'OBJECT'],
  description: '`propertyNames` changed: the schema every property name must satisfy is compared like any string schema.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['propertyNames'],
  detect(a, b, ctx) {
    const x = (a.propertyNames ?? true) as Json;
    const y = (b.propertyNames ?? true) as Json;
    if (ctx.equal(x, y)) return [];
    return ctx.compare(x, y, { old: ['propertyNames'], new: ['propertyNames'], seg: { kind: 'opaque' } });
  },
});
