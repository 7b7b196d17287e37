import { defineRule } from './support/helpers.js';
import { patternIncluded } from '../regex.js';
import { effectOf, whyOf } from './support/inclusion.js';

/** A `pattern` was removed: the new schema accepts strings the old one rejected. */
export const patternRemoved = defineRule({
  id: 'pattern-removed',
  categories: ['WIRE', 'STRING'],
  description: 'A `pattern` was removed: the new schema accepts strings the old one rejected.',
  effect: { backward: 'ok', forward: 'breaking' },
  keywords: ['pattern'],
  detect(a, b, ctx) {
    const x = typeof a.pattern === 'string' ? a.pattern : undefined;
    const y = typeof b.pattern === 'string' ? b.pattern : undefined;
    if (x === undefined || y !== undefined) return [];
    const inc = patternIncluded(undefined, x);
    return [ctx.change('pattern-removed', `pattern ${JSON.stringify(x)} was removed.`, 'ok', effectOf(inc), { hints: { forward: inc.included === false ? [inc.witness] : [] }, oldNode: a, newNode: b, ...whyOf(inc) })];
  },
});
