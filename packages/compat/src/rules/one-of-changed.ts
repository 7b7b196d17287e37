import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import { swapped } from './support/one-of-any-of.js';
import { pairwiseDisjoint } from './support/disjoint.js';
import { inContext } from './support/branches.js';
import type { Effect, RawChange } from '../types.js';

/** `oneOf` changed. `oneOf` is exclusive, so a change to one branch can invalidate data matching another (a value that now matches two branches is rejected). Treated as `anyOf` only when the branches of both versions are provably disjoint (different types, or different constants of a required property); otherwise undecided unless a counterexample is found. */
export const oneOfChanged = defineRule({
  id: 'one-of-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`oneOf` changed. `oneOf` is exclusive, so a change to one branch can invalidate data matching another (a value that now matches two branches is rejected). Treated as `anyOf` only when the branches of both versions are provably disjoint (different types, or different constants of a required property); otherwise undecided unless a counterexample is found.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['oneOf'],
  detect(a, b, ctx) {
    if (swapped(a, b, 'oneOf', 'anyOf', ctx) || swapped(a, b, 'anyOf', 'oneOf', ctx)) return []; // decided by the oneOf/anyOf swap rules
    const x = Array.isArray(a.oneOf) ? (a.oneOf as Json[]) : undefined;
    const y = Array.isArray(b.oneOf) ? (b.oneOf as Json[]) : undefined;
    if (x === undefined && y === undefined) return [];
    if (x !== undefined && y !== undefined && x.length === y.length && x.every((s, i) => ctx.equal(s, y[i] as Json))) return [];
    const dx = x === undefined || pairwiseDisjoint(x.map((s) => ctx.deref('old', s)));
    const dy = y === undefined || pairwiseDisjoint(y.map((s) => ctx.deref('new', s)));
    if (dx && dy) {
      const from = x ?? [true];
      const to = y ?? [true];
      const covered = (f: Json[], fs: typeof a, t: Json[]): boolean => f.every((s) => t.some((u) => ctx.includes(inContext(fs, 'oneOf', s), u, {})));
      const backward: Effect = covered(from, a, to) ? 'ok' : 'breaking';
      const forward: Effect = covered(to, b, from) ? 'ok' : 'breaking';
      return [ctx.change('one-of-changed', 'oneOf changed (its branches are mutually exclusive, so it is compared as a union).', backward, forward, { oldNode: a, newNode: b })];
    }
    // Adding a conjunct never lets more in, removing one never lets less in.
    const backward: Effect = x === undefined ? 'breaking' : y === undefined ? 'ok' : 'breaking';
    const forward: Effect = y === undefined ? 'breaking' : x === undefined ? 'ok' : 'breaking';
    return [ctx.change('one-of-changed', x === undefined ? 'oneOf was added.' : y === undefined ? 'oneOf was removed.' : 'oneOf changed; its branches may overlap, so the change is not monotone.', backward, forward, { oldNode: a, newNode: b, why: 'oneOf with overlapping branches is not monotone' })];
  },
});
