import { addConjunct, type Rewrite } from './context.js';

/**
 * `if`/`then`/`else` as a disjunction, exactly:
 * - if I then T else E → `anyOf: [{allOf: [I, T]}, {allOf: [{not: I}, E]}]`
 * - if I then T       → `anyOf: [{not: I}, T]`
 * - if I else E       → `anyOf: [I, E]`
 * - `if` alone, or `then`/`else` without `if`, has no effect: removed (the latter reported as
 *   info, since a steward probably meant something).
 */
export const rewriteConditionals: Rewrite = (node, pointer, cx) => {
  const hasIf = 'if' in node;
  const condition = node['if'];
  const then = node['then'];
  const otherwise = node['else'];
  delete node['if'];
  delete node['then'];
  delete node['else'];
  if (!hasIf) {
    for (const [key, value] of [['then', then], ['else', otherwise]] as const) {
      if (value !== undefined) cx.reporter.report(cx.record, 'openapi30-ignored-keyword', `${pointer}/${key}`, `"${key}" without "if" has no effect and is removed.`);
    }
    return;
  }
  if (then !== undefined && otherwise !== undefined) {
    addConjunct(node, { anyOf: [{ allOf: [condition!, then] }, { allOf: [{ not: condition! }, otherwise] }] });
  } else if (then !== undefined) {
    addConjunct(node, { anyOf: [{ not: condition! }, then] });
  } else if (otherwise !== undefined) {
    addConjunct(node, { anyOf: [condition!, otherwise] });
  }
};
