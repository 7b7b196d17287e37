import type { MutableObject } from '../json.js';
import type { Rewrite } from './context.js';

/**
 * 2020-12 exclusive bounds are numbers; 3.0's are booleans that make `minimum`/`maximum`
 * exclusive. Exact: `exclusiveMinimum: 5` → `minimum: 5, exclusiveMinimum: true`; next to a
 * `minimum`, the stricter of the two bounds is kept (`minimum: 7` beats `exclusiveMinimum: 5`;
 * `minimum: 5` loses to `exclusiveMinimum: 5`).
 */
export const rewriteBounds: Rewrite = (node) => {
  convertBound(node, 'exclusiveMinimum', 'minimum', (inclusive, exclusive) => inclusive > exclusive);
  convertBound(node, 'exclusiveMaximum', 'maximum', (inclusive, exclusive) => inclusive < exclusive);
};

function convertBound(
  node: MutableObject,
  exclusiveKey: 'exclusiveMinimum' | 'exclusiveMaximum',
  inclusiveKey: 'minimum' | 'maximum',
  inclusiveIsStricter: (inclusive: number, exclusive: number) => boolean,
): void {
  const exclusive = node[exclusiveKey];
  if (typeof exclusive !== 'number') return;
  const inclusive = node[inclusiveKey];
  if (typeof inclusive === 'number' && inclusiveIsStricter(inclusive, exclusive)) {
    delete node[exclusiveKey];
    return;
  }
  node[inclusiveKey] = exclusive;
  node[exclusiveKey] = true;
}
