import { compareSchemas, referenceValidator, type Bump, type Change, type CompatReport, type OracleOptions } from '@ndd/compat';
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

/** A direction of the producer/reader model. */
export type Direction = 'backward' | 'forward';

/**
 * How the check's reference validators take a bundle of a loaded dictionary: every file was
 * meta-validated by the loader (a bundle only rewrites references, a reader view only drops
 * `additionalProperties: false`), and every reference resolves inside the bundle by construction.
 */
export const BUNDLE_ORACLE: OracleOptions = { metaValidated: true, closed: true };

/**
 * One schema between two of its versions (two bundles), judged lazily in the dictionary's
 * producer/reader model:
 * - BACKWARD: every record a producer could write under `before` is accepted by a reader of
 *   `after`: L(before) ⊆ L(reader(after));
 * - FORWARD: every record written under `after` is accepted by a reader of `before`:
 *   L(after) ⊆ L(reader(before)).
 * Each direction is computed once, when first asked: the check asks for the directions of the
 * schema's own policy, and for others when a dependent with a stricter policy inherits them.
 */
export class PairAnalysis {
  #pure: CompatReport | undefined;
  readonly #directions = new Map<Direction, readonly DirectedChange[]>();

  constructor(
    readonly before: JsonObject,
    readonly after: JsonObject,
  ) {}

  /** The pure instance-set comparison of the two bundles as written (both effects of every change). */
  get pure(): CompatReport {
    return (this.#pure ??= compareSchemas(this.before, this.after, { mode: 'NONE' }));
  }

  /** The bump of the pure comparison: none, patch (annotations or an equal set), or minor/major by the sets. */
  get pureBump(): Bump {
    return this.pure.bump;
  }

  /** The changes that break `dir` in the reader model (or could not be decided); empty when it holds. */
  direction(dir: Direction): readonly DirectedChange[] {
    let found = this.#directions.get(dir);
    if (found === undefined) this.#directions.set(dir, (found = this.#judge(dir)));
    return found;
  }

  #judge(dir: Direction): readonly DirectedChange[] {
    const pure = this.pure;
    // A reader view contains its schema, so what the pure comparison proves (L(before) ⊆
    // L(after), or the reverse) holds for the reader too.
    const open = pure.changes.filter((c) => c[dir] !== 'ok');
    if (open.length === 0) return [];
    // Each pure break comes with an instance valid under one side and invalid under the other.
    // When the reader view rejects every one of them too, those are the reader-model breaks,
    // shown by the same verified instances; no second comparison is needed.
    const reader = referenceValidator(readerView(dir === 'backward' ? this.after : this.before), BUNDLE_ORACLE);
    const validUnder = dir === 'backward' ? 'old' : 'new';
    if (open.every((c) => c[dir] === 'breaking' && c.counterexample?.validUnder === validUnder && !reader(c.counterexample.instance))) {
      return open.map((c) => ({ ...c, direction: dir }));
    }
    const report = dir === 'backward' ? compareSchemas(this.before, readerView(this.after), { mode: 'BACKWARD' }) : compareSchemas(readerView(this.before), this.after, { mode: 'FORWARD' });
    return report.changes.filter((c) => c[dir] !== 'ok').map((c) => ({ ...c, direction: dir }));
  }
}

/**
 * Judges `before` → `after` (two bundles of one schema) under a policy, in the dictionary's
 * producer/reader model (see {@link PairAnalysis}). The bump comes from the pure comparison: no
 * change → none; annotations only → patch; compatible under the policy → minor; otherwise → major.
 */
export function analysePair(before: JsonObject, after: JsonObject, policy: CompatibilityPolicy): PairVerdict {
  return verdictOf(new PairAnalysis(before, after), policy);
}

/** The verdict of an analysis under a policy. */
export function verdictOf(analysis: PairAnalysis, policy: CompatibilityPolicy): PairVerdict {
  const pure = analysis.pure;
  if (pure.changes.length === 0) return { compatible: true, bump: 'none', breaking: [], changes: [] };
  const { backward, forward } = directionsOf(policy);
  const breaking: DirectedChange[] = [];
  if (backward) breaking.push(...analysis.direction('backward'));
  if (forward) breaking.push(...analysis.direction('forward'));
  const compatible = breaking.length === 0;
  const annotationOnly = pure.bump === 'patch';
  return { compatible, bump: !compatible ? 'major' : annotationOnly ? 'patch' : 'minor', breaking, changes: pure.changes };
}
