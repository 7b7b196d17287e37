/** Public and internal types of the compatibility engine. */
import type { Json } from './json.js';

/** A compatibility mode, as in Confluent Schema Registry, Apicurio and buf. */
export type Mode = 'BACKWARD' | 'FORWARD' | 'FULL' | 'NONE';

/** The effect of one change in one direction. `undecided` counts as not compatible. */
export type Effect = 'ok' | 'breaking' | 'undecided';

/** The semver bump a change set requires. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** A concrete instance, verified with ajv, that one schema accepts and the other rejects. */
export interface Counterexample {
  readonly instance: Json;
  readonly validUnder: 'old' | 'new';
  readonly invalidUnder: 'old' | 'new';
}

/** One detected change between the old and the new schema. */
export interface Change {
  /** Id of the rule that found it (see RULES.md). */
  readonly rule: string;
  /** RFC 6901 pointer to the node in the new schema (in the old one when the node was removed). */
  readonly pointer: string;
  readonly message: string;
  /** Effect on BACKWARD compatibility: can every old instance still be valid? */
  readonly backward: Effect;
  /** Effect on FORWARD compatibility: can every new instance be valid under the old schema? */
  readonly forward: Effect;
  /** A verified instance showing a break, for the direction the mode checks (when breaking). */
  readonly counterexample?: Counterexample;
}

/** The result of comparing two schemas. Its JSON form is the `--format json` output. */
export interface CompatReport {
  readonly mode: Mode;
  /** True when every direction the mode checks is proven `ok`. */
  readonly compatible: boolean;
  readonly bump: Bump;
  readonly changes: readonly Change[];
}

/** Rule categories, nested as buf's are: ANNOTATION ⊂ WIRE (an annotation change is also a wire-level no-op). */
export type Category = 'WIRE' | 'TYPE' | 'VALUE' | 'STRING' | 'NUMBER' | 'ARRAY' | 'OBJECT' | 'COMPOSITION' | 'REFERENCE' | 'ANNOTATION';

/** The typical effect of a rule's changes, for the docs; `depends` when the change's own verdict decides. */
export type RuleEffect = Effect | 'depends';

/** One step from a schema node to the part of the instance its subschema applies to. */
export type PathSeg =
  | { readonly kind: 'prop'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'other-prop'; readonly exclude: readonly string[]; readonly pattern?: string }
  | { readonly kind: 'opaque' };

/** A change as rules produce it, before counterexamples are searched. */
export interface RawChange {
  rule: string;
  message: string;
  backward: Effect;
  forward: Effect;
  /** Pointers of the compared nodes in the normalised old/new documents. */
  oldPtr: string;
  newPtr: string;
  /** Where in an instance the compared nodes apply. */
  path: readonly PathSeg[];
  /** Local candidate values (at `path`): valid under old and invalid under new (backward), and the reverse. */
  hints?: { backward?: Json[]; forward?: Json[] };
  /** The local nodes compared, for generic candidate generation. */
  oldNode?: Json;
  newNode?: Json;
  /** Why a direction is undecided. */
  why?: string;
  counterexample?: Counterexample;
}
