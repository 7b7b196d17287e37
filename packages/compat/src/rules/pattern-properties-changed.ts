import { jsonEqual, type Json } from '../json.js';
import { defineRule, mapOf } from './support/helpers.js';
import { patterns } from './support/object-shape.js';

/** The set of `patternProperties` patterns changed. The engine proves compatibility only where the target side leaves undeclared properties unconstrained; otherwise the change is undecided unless a counterexample is found. */
export const patternPropertiesChanged = defineRule({
  id: 'pattern-properties-changed',
  categories: ['WIRE', 'OBJECT'],
  description: 'The set of `patternProperties` patterns changed. The engine proves compatibility only where the target side leaves undeclared properties unconstrained; otherwise the change is undecided unless a counterexample is found.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['properties', 'patternProperties', 'additionalProperties'],
  detect(a, b, ctx) {
    const x = patterns(a);
    const y = patterns(b);
    if (jsonEqual(x, y)) return [];
    // For every undeclared name k, eff_from(k) must be included in eff_to(k). When the target side
    // has no additionalProperties constraint and each of its patterns also exists on the source
    // side with an included schema, every k matching a target pattern is covered through that
    // same pattern, and a k matching none is unconstrained on the target side.
    const covered = (from: typeof a, to: typeof a): boolean => {
      if (!(to.additionalProperties === undefined || to.additionalProperties === true)) return false;
      const pf = mapOf(from, 'patternProperties');
      const pt = mapOf(to, 'patternProperties');
      return patterns(to).every((p) => p in pf && ctx.includes(pf[p] as Json, pt[p] as Json, {}));
    };
    const backward = covered(a, b) ? 'ok' : 'breaking';
    const forward = covered(b, a) ? 'ok' : 'breaking';
    return [ctx.change('pattern-properties-changed', `patternProperties changed from [${x.join(', ')}] to [${y.join(', ')}].`, backward, forward, { oldNode: a, newNode: b })];
  },
});
