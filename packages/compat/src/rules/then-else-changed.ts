import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** `then` or `else` changed under the same `if`. `(if ∧ then) ∨ (¬if ∧ else)` is monotone in `then` and `else`, so they are compared like any subschema (absent = true). */
export const thenElseChanged = defineRule({
  id: 'then-else-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`then` or `else` changed under the same `if`. `(if ∧ then) ∨ (¬if ∧ else)` is monotone in `then` and `else`, so they are compared like any subschema (absent = true).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['if', 'then', 'else'],
  detect(a, b, ctx) {
    if (!('if' in a) || !('if' in b) || !ctx.equal(a.if as Json, b.if as Json)) return [];
    const out = [];
    for (const k of ['then', 'else'] as const) {
      const x = (a[k] ?? true) as Json;
      const y = (b[k] ?? true) as Json;
      if (!ctx.equal(x, y)) out.push(...ctx.compare(x, y, { old: k in a ? [k] : [], new: k in b ? [k] : [] }));
    }
    return out;
  },
});
