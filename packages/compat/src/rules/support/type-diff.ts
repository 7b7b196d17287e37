/** Type sets as sets of disjoint atoms: `number` = `integer` ∪ `fraction` (non-integer numbers). */
import type { Json, JsonObject } from '../../json.js';

const ATOMS = ['array', 'boolean', 'fraction', 'integer', 'null', 'object', 'string'] as const;
type Atom = (typeof ATOMS)[number];

/** The atoms a schema's `type` allows (all when absent). */
export function atomsOf(s: JsonObject): Set<Atom> {
  if (!Array.isArray(s.type)) return new Set(ATOMS);
  const out = new Set<Atom>();
  for (const t of s.type as string[]) {
    if (t === 'number') {
      out.add('integer');
      out.add('fraction');
    } else if ((ATOMS as readonly string[]).includes(t)) out.add(t as Atom);
  }
  return out;
}

/** The kind of a type change, or undefined when the allowed types are the same. */
export type TypeChangeKind = 'type-widened' | 'type-narrowed' | 'type-changed' | 'integer-widened-to-number' | 'number-narrowed-to-integer';

/** Classifies the change of `type` between two schema objects. */
export function typeDiff(a: JsonObject, b: JsonObject): { kind: TypeChangeKind; added: Atom[]; removed: Atom[] } | undefined {
  const x = atomsOf(a);
  const y = atomsOf(b);
  const added = [...y].filter((t) => !x.has(t));
  const removed = [...x].filter((t) => !y.has(t));
  if (added.length === 0 && removed.length === 0) return undefined;
  let kind: TypeChangeKind;
  if (removed.length === 0) kind = added.length === 1 && added[0] === 'fraction' && x.has('integer') ? 'integer-widened-to-number' : 'type-widened';
  else if (added.length === 0) kind = removed.length === 1 && removed[0] === 'fraction' && y.has('integer') ? 'number-narrowed-to-integer' : 'type-narrowed';
  else kind = 'type-changed';
  return { kind, added, removed };
}

/** Sample values of each atom, used as local counterexample candidates. */
export function samplesOf(atoms: readonly Atom[]): Json[] {
  const m: Record<Atom, Json[]> = { array: [[]], boolean: [true, false], fraction: [0.5, 1.5, -0.5], integer: [0, 1, -1], null: [null], object: [{}], string: ['', 'a'] };
  return atoms.flatMap((a) => m[a]);
}
