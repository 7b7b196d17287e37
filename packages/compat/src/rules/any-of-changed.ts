import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import { swapped } from './support/one-of-any-of.js';
import { inContext, unmatched } from './support/branches.js';
import type { Effect, RawChange } from '../types.js';

/** `anyOf` branches changed. The union is included when every branch is included in some branch of the other side; branches changed in place are also compared pairwise for the report. */
export const anyOfChanged = defineRule({
  id: 'any-of-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`anyOf` branches changed. The union is included when every branch is included in some branch of the other side; branches changed in place are also compared pairwise for the report.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['anyOf'],
  detect(a, b, ctx) {
    if (swapped(a, b, 'oneOf', 'anyOf', ctx) || swapped(a, b, 'anyOf', 'oneOf', ctx)) return []; // decided by the oneOf/anyOf swap rules
    const m = unmatched(a, b, 'anyOf', ctx, [true]);
    if (m.x.length === 0 || m.y.length === 0) return [];
    const covered = (from: Json[], fromSchema: typeof a, to: Json[]): boolean => from.every((x) => to.some((y) => ctx.includes(inContext(fromSchema, 'anyOf', x), y, {})));
    const backward: Effect = covered(m.x, a, m.all.b) ? 'ok' : 'breaking';
    const forward: Effect = covered(m.y, b, m.all.a) ? 'ok' : 'breaking';
    const out: RawChange[] = [ctx.change('any-of-changed', `anyOf changed: ${m.x.length} branch(es) replaced by ${m.y.length}.`, backward, forward, { oldNode: a, newNode: b })];
    if (m.x.length === m.y.length && Array.isArray(a.anyOf) && Array.isArray(b.anyOf)) {
      // Pairwise detail; the coverage verdict above decides each direction.
      for (let i = 0; i < m.x.length; i++) {
        for (const c of ctx.compare(m.x[i] as Json, m.y[i] as Json, { old: ['anyOf', m.xi[i] as number], new: ['anyOf', m.yi[i] as number] })) {
          if (backward === 'ok') c.backward = 'ok';
          if (forward === 'ok') c.forward = 'ok';
          out.push(c);
        }
      }
    }
    return out;
  },
});
