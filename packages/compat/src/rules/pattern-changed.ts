import { defineRule } from './support/helpers.js';
import { patternIncluded } from '../regex.js';
import { effectOf, whyOf } from './support/inclusion.js';

/** A `pattern` changed. Inclusion of the two regular languages (unanchored, `u` flag, as ajv runs them) is decided with refa automata; a pattern refa cannot model (backreferences, lookarounds) gives undecided. */
export const patternChanged = defineRule({
  id: 'pattern-changed',
  categories: ['WIRE', 'STRING'],
  description: 'A `pattern` changed. Inclusion of the two regular languages (unanchored, `u` flag, as ajv runs them) is decided with refa automata; a pattern refa cannot model (backreferences, lookarounds) gives undecided.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['pattern'],
  detect(a, b, ctx) {
    const x = typeof a.pattern === 'string' ? a.pattern : undefined;
    const y = typeof b.pattern === 'string' ? b.pattern : undefined;
    if (x === undefined || y === undefined || x === y) return [];
    const bi = patternIncluded(x, y);
    const fi = patternIncluded(y, x);
    const hints = { backward: bi.included === false ? [bi.witness] : [], forward: fi.included === false ? [fi.witness] : [] };
    return [ctx.change('pattern-changed', `pattern changed from ${JSON.stringify(x)} to ${JSON.stringify(y)}.`, effectOf(bi), effectOf(fi), { hints, oldNode: a, newNode: b, ...whyOf(bi), ...whyOf(fi) })];
  },
});
