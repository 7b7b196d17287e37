import { defineRule } from './support/helpers.js';
import { declared, effectiveFor, tokensFor } from './support/object-shape.js';
import type { RawChange } from '../types.js';

/** The schema of a property declared in both versions changed; its changes are reported at the property with their own rules. */
export const propertyChanged = defineRule({
  id: 'property-changed',
  categories: ['WIRE', 'OBJECT'],
  description: 'The schema of a property declared in both versions changed; its changes are reported at the property with their own rules.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['properties', 'patternProperties', 'additionalProperties'],
  detect(a, b, ctx) {
    const out: RawChange[] = [];
    const inB = new Set(declared(b));
    for (const name of declared(a)) {
      if (!inB.has(name)) continue;
      const x = effectiveFor(a, name);
      const y = effectiveFor(b, name);
      if (x === undefined || y === undefined) {
        out.push(ctx.change('property-changed', `The patterns that apply to property "${name}" cannot be evaluated.`, 'undecided', 'undecided', { why: 'invalid pattern' }));
        continue;
      }
      out.push(...ctx.compare(x, y, { old: ['properties', name], new: ['properties', name], seg: { kind: 'prop', name } }));
    }
    return out;
  },
});
