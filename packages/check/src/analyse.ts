import { compareSchemas, type Bump, type Change, type CompatReport } from '@ndd/compat';
import type { CompatibilityPolicy, JsonObject } from '@ndd/registry';
import { directionsOf } from './policy.js';
import { readerView } from './reader-view.js';

/** The verdict on one schema between two of its versions. */
export interface PairVerdict {
  /** Every direction the policy checks is proven ok. */
  readonly compatible: boolean;
  readonly bump: Bump;
  /** Changes that break a checked direction (or could not be decided), with counterexamples. */
  readonly breaking: readonly DirectedChange[];
  /** Every change found (pure instance-set comparison of the schemas as written). */
  readonly changes: readonly Change[];
}

/** A change found while checking one direction. */
export interface DirectedChange extends Change {
  readonly direction: 'backward' | 'forward';
}

/**
 * Judges `before` → `after` (two bundles of one schema) under a policy, in the dictionary's
 * producer/reader model:
 * - BACKWARD: every record a producer could write under `before` is accepted by a reader of
 *   `after`: L(before) ⊆ L(reader(after));
 * - FORWARD: every record written under `after` is accepted by a reader of `before`:
 *   L(after) ⊆ L(reader(before)).
 * The bump comes from the pure comparison: no change → none; annotations only → patch;
 * compatible under the policy → minor; otherwise → major.
 */
export function analysePair(before: JsonObject, after: JsonObject, policy: CompatibilityPolicy): PairVerdict {
  const pure = compareSchemas(before, after, { mode: 'NONE' });
  if (pure.changes.length === 0) return { compatible: true, bump: 'none', breaking: [], changes: [] };
  const { backward, forward } = directionsOf(policy);
  const breaking: DirectedChange[] = [];
  // A reader view contains its schema, so a direction the pure comparison proves (L(before) ⊆
  // L(after), or the reverse) holds for the reader too: the reader view is compared only for the
  // directions the pure comparison could not prove.
  const proven = (dir: 'backward' | 'forward') => pure.changes.every((c) => c[dir] === 'ok');
  if (backward && !proven('backward')) breaking.push(...failing(compareSchemas(before, readerView(after), { mode: 'BACKWARD' }), 'backward'));
  if (forward && !proven('forward')) breaking.push(...failing(compareSchemas(readerView(before), after, { mode: 'FORWARD' }), 'forward'));
  const compatible = breaking.length === 0;
  const annotationOnly = pure.bump === 'patch';
  return { compatible, bump: !compatible ? 'major' : annotationOnly ? 'patch' : 'minor', breaking, changes: pure.changes };
}

function failing(report: CompatReport, direction: 'backward' | 'forward'): DirectedChange[] {
  return report.changes.filter((c) => c[direction] !== 'ok').map((c) => ({ ...c, direction }));
}
