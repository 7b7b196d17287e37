import type { Json } from '../json.js';
import { defineRule } from './support/helpers.js';

/** The schema under `not` changed. Polarity flips under `not`: widening the negated schema narrows the instance set, so the nested changes are reported with BACKWARD and FORWARD swapped. */
export const notChanged = defineRule({
  id: 'not-changed',
  categories: ['WIRE', 'COMPOSITION'],
  description: 'The schema under `not` changed. Polarity flips under `not`: widening the negated schema narrows the instance set, so the nested changes are reported with BACKWARD and FORWARD swapped.',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['not'],
  detect(a, b, ctx) {
    if (!('not' in a) || !('not' in b)) return [];
    const inner = ctx.compare(a.not as Json, b.not as Json, { old: ['not'], new: ['not'] });
    return inner.map((c) => ({
      ...c,
      message: `Under not: ${c.message}`,
      backward: c.forward,
      forward: c.backward,
      ...(c.hints ? { hints: { ...(c.hints.forward ? { backward: c.hints.forward } : {}), ...(c.hints.backward ? { forward: c.hints.backward } : {}) } } : {}),
      oldNode: a,
      newNode: b,
    }));
  },
});
