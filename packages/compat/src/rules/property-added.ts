import { defineRule } from './support/helpers.js';
import { declared, effectiveFor, tokensFor } from './support/object-shape.js';
import type { RawChange } from '../types.js';

/** A property was declared in the new schema. Under a closed object this widens (old readers reject it); under an open object it narrows: old data may hold that property with a value the new schema rejects (no leniency for open content models). */
export const propertyAdded = defineRule({
  id: 'property-added',
  categories: ['WIRE', 'OBJECT'],
  description: 'A property was declared in the new schema. Under a closed object this widens (old readers reject it); under an open object it narrows: old data may hold that property with a value the new schema rejects (no leniency for open content models).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['properties', 'patternProperties', 'additionalProperties'],
  detect(a, b, ctx) {
    const out: RawChange[] = [];
    const inA = new Set(declared(a));
    for (const name of declared(b)) {
      if (inA.has(name)) continue;
      const x = effectiveFor(a, name);
      const y = effectiveFor(b, name);
      if (x === undefined || y === undefined) {
        out.push(ctx.change('property-added', `Property "${name}" was added; the patterns that apply to it cannot be evaluated.`, 'undecided', 'undecided', { why: 'invalid pattern' }));
        continue;
      }
      const nested = ctx.compare(x, y, { old: tokensFor(a, name), new: ['properties', name], seg: { kind: 'prop', name } });
      out.push(ctx.change('property-added', `Property "${name}" was added.`, 'ok', 'ok'), ...nested);
    }
    return out;
  },
});
