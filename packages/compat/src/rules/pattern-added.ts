import { defineRule } from './support/helpers.js';
import { patternIncluded } from '../regex.js';
import { effectOf, whyOf } from './support/inclusion.js';

/** A `pattern` was added: old strings that contain no match are rejected. Patterns are unanchored; one that matches every string (such as `[a-z]*`) is no constraint and is ignored. */
export const patternAdded = defineRule({
  id: 'pattern-added',
  categories: ['WIRE', 'STRING'],
  description: 'A `pattern` was added: old strings that contain no match are rejected. Patterns are unanchored; one that matches every string (such as `[a-z]*`) is no constraint and is ignored.',
  effect: { backward: 'breaking', forward: 'ok' },
  keywords: ['pattern'],
  detect(a, b, ctx) {
    const x = typeof a.pattern === 'string' ? a.pattern : undefined;
    const y = typeof b.pattern === 'string' ? b.pattern : undefined;
    if (x !== undefined || y === undefined) return [];
    const inc = patternIncluded(undefined, y);
    return [ctx.change('pattern-added', `pattern ${JSON.stringify(y)} was added.`, effectOf(inc), 'ok', { hints: { backward: inc.included === false ? [inc.witness] : [] }, oldNode: a, newNode: b, ...whyOf(inc) })];
  },
});
