import type { Dictionary } from '@ndd/registry';

const memo = new WeakMap<Dictionary, Map<string, ReadonlySet<string>>>();

/**
 * Every schema `id` reaches through references, itself included. Memoised per dictionary: the
 * check asks for the same closures for every dependent, for bundle hashes and for substitution.
 */
export function closureOf(dictionary: Dictionary, id: string): ReadonlySet<string> {
  let byId = memo.get(dictionary);
  if (byId === undefined) memo.set(dictionary, (byId = new Map()));
  let closure = byId.get(id);
  if (closure === undefined) {
    const out = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.pop()!;
      if (out.has(current) || !dictionary.schemas.has(current)) continue;
      out.add(current);
      queue.push(...dictionary.dependenciesOf(current));
    }
    byId.set(id, (closure = out));
  }
  return closure;
}
