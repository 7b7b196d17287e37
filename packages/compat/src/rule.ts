/** The shape of a compatibility rule and the context the walker gives it. */
import type { Json, JsonObject } from './json.js';
import type { Category, Effect, PathSeg, RawChange, RuleEffect } from './types.js';

/** One step of the joint walk into a subschema. */
export interface Step {
  /** Pointer tokens from the current old node to the old child (absent when the child is implicit). */
  readonly old?: readonly (string | number)[];
  /** Pointer tokens from the current new node to the new child. */
  readonly new?: readonly (string | number)[];
  /** Where the child applies in the instance; omitted = the same instance. */
  readonly seg?: PathSeg;
}

/** What a rule may ask of the walker. */
export interface RuleContext {
  /** Pointers of the current nodes in the normalised documents. */
  readonly oldPtr: string;
  readonly newPtr: string;
  /** Compares two subschemas (old → new) and returns their changes. */
  compare(oldChild: Json, newChild: Json, step: Step): RawChange[];
  /** True only when `a ⊆ b` is proven (a dry run of `compare`). */
  includes(a: Json, b: Json, step: Step): boolean;
  /** Semantic equality (references followed). */
  equal(a: Json, b: Json): boolean;
  /** Validates a value against a node of the old or new normalised document; undefined when impossible. */
  valid(side: 'old' | 'new', node: Json, value: Json): boolean | undefined;
  /** A change at the current nodes. */
  change(rule: string, message: string, backward: Effect, forward: Effect, extra?: Partial<RawChange>): RawChange;
  /** Follows `$ref` (merging siblings); returns the node itself when it has none. */
  deref(side: 'old' | 'new', node: Json): Json;
}

/** A change kind: permanent id, categories, docs, typical effect, and its detector. */
export interface CompatRule {
  /** Permanent id; never changes once released (users put ids in configs and waivers). */
  readonly id: string;
  readonly categories: readonly Category[];
  /** One or two sentences: what changed and why it matters. */
  readonly description: string;
  /** Typical effect; each reported change carries its own computed effect. */
  readonly effect: { readonly backward: RuleEffect; readonly forward: RuleEffect };
  /** The keywords this rule is responsible for: a changed keyword no rule owns is reported as undecided. */
  readonly keywords: readonly string[];
  /** Finds changes of this kind between two (dereferenced) schema objects. */
  detect(oldNode: JsonObject, newNode: JsonObject, ctx: RuleContext): RawChange[];
}
