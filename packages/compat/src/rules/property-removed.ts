import { defineRule } from './support/helpers.js';
import { declared, effectiveFor, tokensFor } from './support/object-shape.js';
import type { RawChange } from '../types.js';

/** A property declaration was removed. Its values now fall under `additionalProperties`/`patternProperties` of the new schema: removing it from a closed object rejects old data; from an open object it widens. */
export const propertyRemoved = defineRule({
  id: 'property-removed',
  categories: ['WIRE', 'OBJECT'],
  description: 'A property declaration was removed. Its values now fall under `additionalProperties`/`patternProperties` of the new schema: removing it from a closed object rejects old data; from an open object it widens.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['properties', 'patternProperties', 'additionalProperties'],
  detect(a, b, ctx) {
    const out: RawChange[] = [];
    const inB = new Set(declared(b));
    for (const name of declared(a)) {
      if (inB.has(name)) continue;
      const x = effectiveFor(a, name);
      const y = effectiveFor(b, name);
      if (x === undefined || y === undefined) {
        out.push(ctx.change('property-removed', `Property "${name}" was removed; the patterns that apply to it cannot be evaluated.`, 'undecided', 'undecided', { why: 'invalid pattern' }));
        continue;
      }
      const nested = ctx.compare(x, y, { old: ['properties', name], new: tokensFor(b, name), seg: { kind: 'prop', name } });
      out.push(ctx.change('property-removed', `Property "${name}" was removed.`, 'ok', 'ok'), ...nested);
    }
    return out;
  },
});
