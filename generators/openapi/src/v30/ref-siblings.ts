import type { Rewrite } from './context.js';

/**
 * In 3.0 a `$ref` object is a Reference Object: keywords beside it are ignored. So a `$ref` with
 * siblings becomes `allOf: [{$ref}]` (first, before any other conjunct) with the siblings kept:
 * exact. Runs last, after every other rewrite has put its conjuncts in `allOf`.
 */
export const rewriteRefSiblings: Rewrite = (node) => {
  const ref = node['$ref'];
  if (ref === undefined || Object.keys(node).length === 1) return;
  delete node['$ref'];
  const existing = node['allOf'];
  const conjuncts = [{ $ref: ref }, ...(Array.isArray(existing) ? existing : [])];
  // `allOf` goes first, so the reference still leads the schema as it did.
  const rest = { ...node };
  for (const key of Object.keys(node)) delete node[key];
  node['allOf'] = conjuncts;
  for (const [key, value] of Object.entries(rest)) if (key !== 'allOf') node[key] = value;
};
