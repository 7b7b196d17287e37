import { defineRule } from './support/helpers.js';
import { containsOf } from './support/contains.js';

/** The `contains` schema changed. Without `maxContains` the count of matching items is monotone in that schema, so it is compared like any subschema; with `maxContains` on either side a changed schema is undecided. */
export const containsChanged = defineRule({
  id: 'contains-changed',
  categories: ['WIRE', 'ARRAY'],
  description: 'The `contains` schema changed. Without `maxContains` the count of matching items is monotone in that schema, so it is compared like any subschema; with `maxContains` on either side a changed schema is undecided.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['contains', 'minContains', 'maxContains'],
  detect(a, b, ctx) {
    const x = containsOf(a);
    const y = containsOf(b);
    if (!x.present || !y.present || ctx.equal(x.schema, y.schema)) return [];
    if (x.max !== Infinity || y.max !== Infinity) {
      return [ctx.change('contains-changed', 'The `contains` schema changed next to `maxContains`.', 'undecided', 'undecided', { why: 'maxContains makes the count non-monotone in the contains schema', oldNode: a, newNode: b })];
    }
    return ctx.compare(x.schema, y.schema, { old: ['contains'], new: ['contains'], seg: { kind: 'opaque' } });
  },
});
