import { addConjunct, type Rewrite } from './context.js';

/**
 * `const: v` → `enum: [v]`, exactly. When the node already has an `enum`, the one-value enum
 * goes into `allOf` so that both still apply.
 */
export const rewriteConst: Rewrite = (node) => {
  if (!('const' in node)) return;
  const value = node['const']!;
  delete node['const'];
  if ('enum' in node) addConjunct(node, { enum: [value] });
  else node['enum'] = [value];
};
