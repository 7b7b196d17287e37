import { referenceValidator, type Bump } from '@ndd/compat';
import type { Dictionary, JsonObject, SchemaRecord } from '@ndd/registry';
import { BUNDLE_ORACLE, type DirectedChange, type Direction, type PairAnalysis } from './analyse.js';
import { closureOf } from './closure.js';
import { instancePathOf, placeAt, type InstanceStep } from './instance-path.js';
import { referencePlaces } from './monotone.js';
import { readerView } from './reader-view.js';

/** What the check knows when it judges a dependent. */
export interface DependentContext {
  readonly before: Dictionary;
  readonly after: Dictionary;
  /** The analyses of the schemas whose own file changed, by `$id`. */
  readonly analyses: ReadonlyMap<string, PairAnalysis>;
}

/** A schema's bundles in the base and in the head. */
interface Bundles {
  readonly before: JsonObject;
  readonly after: JsonObject;
}

/** The verdict on a dependent, derived from the schemas it reaches. */
export interface DependentVerdict {
  readonly bump: Bump;
  readonly breaking: readonly DirectedChange[];
  readonly summary: readonly string[];
}

const MAX_PATHS = 4;
const MAX_DEPTH = 12;

/**
 * Judges a schema whose own file did not change but which reaches changed schemas through its
 * references (a *dependent*), without comparing its whole bundles when that can be avoided:
 *
 * - **Compatible by monotonicity.** When the changed schemas are reached only through positive
 *   places ({@link substitutable}: what unchanged schemas reference from `not`, `if`, `oneOf`…
 *   is disjoint from the changed schemas and what they reach, and nothing uses `unevaluated*`),
 *   and every changed schema it reaches holds in a direction (L(X_old) ⊆ L(reader(X_new)) for
 *   BACKWARD), the dependent holds in that direction too: substituting larger targets into
 *   positive positions gives a larger set, and the reader view relaxes each changed schema's copy
 *   exactly as it relaxes that schema's own bundle (docs/evolution-policy.md has the argument).
 * - **Breaking, shown.** When a changed schema breaks a direction, its verified counterexample is
 *   placed where the dependent uses it (through `properties`, `items`, `allOf`…), inside one of
 *   the dependent's own examples, and verified against the dependent's bundles with the reference
 *   validator.
 *
 * Returns undefined whenever neither applies (a reference in a non-positive position, an
 * unplaceable use, no verified instance): the caller then compares the bundles in full.
 */
export function judgeDependent(context: DependentContext, id: string, bundles: () => Bundles, directions: readonly Direction[]): DependentVerdict | undefined {
  const reached = new Set([...closureOf(context.after, id), ...closureOf(context.before, id)]);
  const changed = [...reached].filter((x) => context.analyses.has(x)).sort();
  if (changed.length === 0) return undefined;
  if (!substitutable(context, id, reached, changed)) return undefined;
  const analyses = changed.map((x) => [x, context.analyses.get(x)!] as const);
  const bumps = analyses.map(([, a]) => a.pureBump);
  if (bumps.every((b) => b === 'none')) return { bump: 'none', breaking: [], summary: [] };
  const setUnchanged = bumps.every((b) => b === 'none' || b === 'patch');
  const breaking: DirectedChange[] = [];
  for (const dir of directions) {
    const failing = analyses.filter(([, a]) => a.direction(dir).length > 0);
    if (failing.length === 0) continue; // holds by monotonicity
    const shown = embedBreaks(context, id, bundles(), dir, failing);
    if (shown.length === 0) return undefined;
    breaking.push(...shown);
  }
  const bump: Bump = breaking.length > 0 ? 'major' : setUnchanged ? 'patch' : 'minor';
  return { bump, breaking, summary: analyses.filter(([, a]) => a.pureBump !== 'none').map(([x, a]) => `${x} changed (${a.pureBump})`) };
}

/**
 * Whether the changed schemas can be substituted monotonically: none of them reaches the dependent
 * back, no unchanged schema reached uses `unevaluated*`, and what unchanged schemas reference from
 * non-positive places (and everything that reaches in turn) is disjoint from the changed schemas
 * and everything they reach. Then every path to a changed schema is positive, and the reader view
 * relaxes each changed schema's copy (with what it reaches) in the dependent's bundle exactly as
 * in its own.
 */
function substitutable(context: DependentContext, id: string, reached: ReadonlySet<string>, changed: readonly string[]): boolean {
  // A changed schema that reaches the dependent back (a cycle through it) could make the
  // dependent's own root strict in its reader view: not derived.
  for (const x of changed) for (const dictionary of [context.after, context.before]) if (closureOf(dictionary, x).has(id)) return false;
  const strict = new Set<string>();
  for (const x of reached) {
    if (context.analyses.has(x)) continue;
    const record = context.after.schemas.get(x) ?? context.before.schemas.get(x);
    if (record === undefined) return false;
    const places = referencePlaces(record.schema);
    if (places.unevaluated) return false;
    for (const ref of record.references) {
      if (!places.nonPositive.has(ref.pointer)) continue;
      for (const dictionary of [context.after, context.before]) for (const y of closureOf(dictionary, ref.targetId)) strict.add(y);
    }
  }
  if (strict.size === 0) return true;
  for (const x of changed) for (const dictionary of [context.after, context.before]) for (const y of closureOf(dictionary, x)) if (strict.has(y)) return false;
  return true;
}

/** The breaks of changed schemas in `dir`, each shown by an instance of the dependent. */
function embedBreaks(context: DependentContext, id: string, bundles: Bundles, dir: Direction, failing: readonly (readonly [string, PairAnalysis])[]): DirectedChange[] {
  const from = referenceValidator(dir === 'backward' ? bundles.before : bundles.after, BUNDLE_ORACLE);
  const to = referenceValidator(readerView(dir === 'backward' ? bundles.after : bundles.before), BUNDLE_ORACLE);
  const record = context.after.schemas.get(id)!;
  // Bases to place a witness in: each example cut down to its required properties first (fewer
  // parts for the validator to compile), then whole; the result is verified either way.
  const bases: unknown[] = [...examplesOf(record.schema).flatMap((e) => [requiredPart(record.schema, e), e]), {}];
  const validUnder = dir === 'backward' ? 'old' : 'new';
  const out: DirectedChange[] = [];
  for (const [x, analysis] of failing) {
    const uses = usesOf(context.after, id, x);
    const target = context.after.schemas.get(x)!;
    for (const change of analysis.direction(dir)) {
      const witness = change.counterexample?.validUnder === validUnder ? change.counterexample.instance : undefined;
      if (witness === undefined) continue;
      const instance = firstVerified(bases, uses, witness, (v) => from(v) && !to(v));
      if (instance === undefined) continue;
      const pointer = change.pointer.startsWith('/$defs/') ? change.pointer : `/$defs/${escapeToken(`${target.domain}/${target.name}/v${target.major}`)}${change.pointer}`;
      out.push({
        ...change,
        pointer,
        message: `${x}: ${change.message}`,
        counterexample: dir === 'backward' ? { instance, validUnder: 'old', invalidUnder: 'new' } : { instance, validUnder: 'new', invalidUnder: 'old' },
        direction: dir,
      } as DirectedChange);
    }
  }
  return out;
}

/** Where a referenced schema is used inside a dependent's instances. */
interface Use {
  readonly steps: readonly InstanceStep[];
  /** At each reference crossed, where it starts and an example of its target (to fill in a missing value). */
  readonly fills: readonly { readonly at: number; readonly example: unknown; readonly required: unknown }[];
}

function firstVerified(bases: readonly unknown[], uses: readonly Use[], witness: unknown, ok: (v: unknown) => boolean): unknown {
  for (const use of uses) {
    for (const base of bases) {
      // A value the base lacks on the way (an optional entity, say) is taken from that schema's
      // example — cut down to its required properties first, then whole — so that the rest of
      // the instance stays valid while the validator compiles as little as it can.
      for (const whole of [false, true]) {
        let instance = base;
        for (const fill of use.fills) {
          const prefix = use.steps.slice(0, fill.at);
          const example = whole ? fill.example : fill.required;
          if (example !== undefined && valueAt(instance, prefix) === undefined) instance = placeAt(instance, prefix, example);
        }
        const candidate = placeAt(instance, use.steps, witness);
        if (ok(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

function examplesOf(schema: JsonObject): unknown[] {
  return Array.isArray(schema.examples) ? [...schema.examples] : [];
}

/** An object example with only the schema's required properties (other values as they are). */
function requiredPart(schema: JsonObject, example: unknown): unknown {
  if (!isPlainObject(example)) return example;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.fromEntries(Object.entries(example).filter(([k]) => required.has(k)));
}

function valueAt(value: unknown, steps: readonly InstanceStep[]): unknown {
  let current = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** Where `to` is used in instances of `from`, through root-level references. */
function usesOf(dictionary: Dictionary, from: string, to: string): Use[] {
  const out: Use[] = [];
  // Only schemas that reach `to` are worth entering: every branch explored then ends in a use, so
  // the search costs at most MAX_PATHS paths, however many ways a large closure could be walked.
  const leadsTo = leadingTo(dictionary, to);
  const visit = (record: SchemaRecord, prefix: Use, seen: Set<string>): void => {
    if (out.length >= MAX_PATHS || seen.size > MAX_DEPTH) return;
    for (const ref of record.references) {
      if (ref.targetPointer !== '' || seen.has(ref.targetId) || !leadsTo.has(ref.targetId)) continue;
      const steps = instancePathOf(record.schema, ref.pointer);
      const target = dictionary.schemas.get(ref.targetId);
      if (steps === undefined || target === undefined) continue;
      const at = prefix.steps.length + steps.length;
      const example = examplesOf(target.schema)[0];
      const use: Use = { steps: [...prefix.steps, ...steps], fills: [...prefix.fills, { at, example, required: requiredPart(target.schema, example) }] };
      if (ref.targetId === to) out.push(use);
      else visit(target, use, new Set([...seen, ref.targetId]));
    }
  };
  const start = dictionary.schemas.get(from);
  if (start) visit(start, { steps: [], fills: [] }, new Set([from]));
  return out;
}


/** `to` and every schema that reaches it, memoised per dictionary (asked again for each dependent). */
const leading = new WeakMap<Dictionary, Map<string, ReadonlySet<string>>>();

function leadingTo(dictionary: Dictionary, to: string): ReadonlySet<string> {
  let byTarget = leading.get(dictionary);
  if (byTarget === undefined) leading.set(dictionary, (byTarget = new Map()));
  let found = byTarget.get(to);
  if (found === undefined) byTarget.set(to, (found = new Set([to, ...dictionary.transitiveDependentsOf(to)])));
  return found;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
