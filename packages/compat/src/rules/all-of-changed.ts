import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';
import { unmatched, without } from './support/branches.js';
import type { Effect, RawChange } from '../types.js';

/** `allOf` branches (those normalisation could not merge into the parent) were added, removed or changed. Changed branches are compared pairwise; an added branch is proven harmless only when the rest of the old schema already implies it. */
export const allOfChanged = defineRule({
  id: 'all-of-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: '`allOf` branches (those normalisation could not merge into the parent) were added, removed or changed. Changed branches are compared pairwise; an added branch is proven harmless only when the rest of the old schema already implies it.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['allOf'],
  detect(a, b, ctx) {
    const m = unmatched(a, b, 'allOf', ctx, []);
    if (m.x.length === 0 && m.y.length === 0) return [];
    const out: RawChange[] = [];
    const n = Math.min(m.x.length, m.y.length);
    for (let i = 0; i < n; i++) out.push(...ctx.compare(m.x[i] as Json, m.y[i] as Json, { old: ['allOf', m.xi[i] as number], new: ['allOf', m.yi[i] as number] }));
    const restA = without(a, 'allOf');
    const restB = without(b, 'allOf');
    for (let i = n; i < m.y.length; i++) {
      const added = m.y[i] as Json;
      const implied = ctx.includes(restA, added, {}) || m.all.a.some((x) => ctx.includes(x, added, {}));
      out.push(ctx.change('all-of-changed', `An allOf branch was added (allOf/${m.yi[i]}).`, implied ? 'ok' : 'breaking', 'ok', { oldNode: a, newNode: b }));
    }
    for (let i = n; i < m.x.length; i++) {
      const removed = m.x[i] as Json;
      const implied = ctx.includes(restB, removed, {}) || m.all.b.some((y) => ctx.includes(y, removed, {}));
      out.push(ctx.change('all-of-changed', `An allOf branch was removed (allOf/${m.xi[i]}).`, 'ok', implied ? 'ok' : 'breaking', { oldNode: a, newNode: b }));
    }
    return out;
  },
});
