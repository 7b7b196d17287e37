import { createHash } from 'node:crypto';
import type { Diagnostic } from '@ndd/diagnostics';
import type { SchemaRecord } from '@ndd/registry';
import { refsIn } from './document/refs.js';
import type { ComponentPlan, PlannedComponent } from './plan/plan.js';
import { Reporter } from './report.js';
import { component31, type InnerRef } from './v31/component.js';
import { downConvert } from './v30/convert.js';

/** Bumped whenever what {@link ComponentText} holds, or how it is written, changes. */
const COMPONENT_FORMAT = 'openapi-component@1';

/**
 * Indentation of a component's lines in a document: it is the value of
 * `components.schemas.<name>`, three levels deep in a two-space-indented file.
 */
const COMPONENT_INDENT = '      ';

/**
 * A component's serialised schema: text as rendered, or its UTF-8 bytes as a store kept them
 * (spliced into documents without being decoded).
 */
export type ComponentBody = string | Uint8Array;

/**
 * One component of a document, converted and serialised for both OpenAPI versions, with what
 * assembling and checking a document needs of it. It is the unit the OpenAPI generator caches:
 * a document is its head and its components' texts spliced in, so one schema's edit costs one
 * conversion per document, not the whole document. Plain data (it crosses threads and is cached).
 */
export interface ComponentText {
  /** The OpenAPI 3.1 Schema Object, serialised as it sits in `openapi.json` (indented for its depth). */
  readonly text31: ComponentBody;
  /** The same, down-converted to OpenAPI 3.0.3, as it sits in `openapi-3.0.json`. */
  readonly text30: ComponentBody;
  /** What converting it reported (nothing for a bundled component: its own domain reports it). */
  readonly diagnostics: readonly Diagnostic[];
  /** `$ref`s that land inside a component: pointer (in the source file) of the schema holding each, and the ref. */
  readonly innerRefs: readonly (readonly [pointer: string, ref: string])[];
  /** Every `$ref` of the 3.1 schema: pointer (relative to the component) of the object holding it, and the ref. */
  readonly refs31: readonly (readonly [at: string, ref: string])[];
  /** The same for the 3.0 schema. */
  readonly refs30: readonly (readonly [at: string, ref: string])[];
}

/**
 * Where the generator finds components converted before. Lookups are synchronous: the generator
 * is a pure, synchronous function of the dictionary, the store only spares it work.
 */
export interface ComponentStore {
  /**
   * Mixed into every component key: whatever decides a component's bytes besides the dictionary
   * (the generator's code, above all). Keys from different salts never meet.
   */
  readonly salt: string;
  /** The stored components among `keys` (any missing key is simply absent from the answer). */
  lookup(keys: readonly string[]): ReadonlyMap<string, ComponentText>;
}

/** What a component's conversion depends on besides the component itself. */
export interface ComponentInputs {
  readonly plan: ComponentPlan;
  /** The npm package of a domain. */
  readonly packageOf: (domain: string) => string;
}

/**
 * The keys of components' {@link ComponentText}s: hashes of everything a conversion reads — the
 * file's bytes (content and source positions), where the component is in it, whether it is the
 * document's own (own ones report, bundled ones do not, and carry their package), and where each
 * of the file's references lands in this document's plan (component names depend on the whole
 * plan, so they are hashed as resolved, not guessed from the target's content). A reference's
 * own pointer and target follow from the file's bytes and `$id`, both hashed, so only its
 * landing is. Equal keys, equal text, whichever document the component is spliced into.
 */
export function componentKeys(salt: string, components: readonly PlannedComponent[], inputs: ComponentInputs): string[] {
  const memo = keyMemoFor(salt);
  // A file's components share its references: where they land is found once a file, and its
  // keys are looked up by it once a file too (it is often long), not once a component.
  const byRecord = new Map<SchemaRecord, { landing: string; known: Map<string, string> }>();
  return components.map((component) => {
    const { record } = component;
    let found = byRecord.get(record);
    if (found === undefined) {
      const landing = record.references.length === 0 ? '[]' : JSON.stringify(record.references.map((r) => inputs.plan.targetOf(r.targetId, r.targetPointer)?.ref ?? null));
      let byLanding = memo.get(record);
      if (!byLanding) memo.set(record, (byLanding = new Map()));
      let known = byLanding.get(landing);
      if (!known) byLanding.set(landing, (known = new Map()));
      byRecord.set(record, (found = { landing, known }));
    }
    const where = component.local ? 'local' : 'bundled';
    const pkg = inputs.packageOf(record.domain);
    const rest = `${where}\u0000${pkg}\u0000${component.pointer}`;
    let key = found.known.get(rest);
    if (key === undefined) {
      const parts = [COMPONENT_FORMAT, salt, record.id, record.file, record.contentHash, record.domain, record.name, String(record.major), component.pointer, where, pkg, found.landing];
      // 128 bits: ample for a content-addressed cache, and half the index of a full digest.
      found.known.set(rest, (key = createHash('sha256').update(parts.map((part) => `${part.length}:${part}`).join('')).digest('hex').slice(0, 32)));
    }
    return key;
  });
}

/**
 * Keys by salt, by record (the model is frozen), by where its references land and by the rest
 * they hash: a component bundled by thirteen documents of a build is hashed once, not thirteen
 * times.
 */
const keyMemos = new Map<string, WeakMap<SchemaRecord, Map<string, Map<string, string>>>>();

function keyMemoFor(salt: string): WeakMap<SchemaRecord, Map<string, Map<string, string>>> {
  let memo = keyMemos.get(salt);
  if (!memo) keyMemos.set(salt, (memo = new WeakMap()));
  return memo;
}

/** Converts one component for both versions and serialises it for its place in a document. */
export function renderComponent(component: PlannedComponent, inputs: ComponentInputs): ComponentText {
  const diagnostics: Diagnostic[] = [];
  const reporter = new Reporter(diagnostics, component.local);
  const innerRefs: InnerRef[] = [];
  const schema31 = component31(component, { plan: inputs.plan, reporter, innerRefs, packageOf: inputs.packageOf });
  const schema30 = downConvert(schema31, component.pointer, { record: component.record, reporter });
  return {
    text31: indented(schema31),
    text30: indented(schema30),
    diagnostics,
    innerRefs: innerRefs.map((r) => [r.pointer, r.ref] as const),
    refs31: refsIn(schema31),
    refs30: refsIn(schema30),
  };
}

/**
 * `JSON.stringify(value, null, 2)` as it reads at a component's depth: every line after the
 * first indented six more spaces. A raw line break only ever separates tokens (JSON escapes the
 * ones inside strings), so this equals serialising the whole document at once.
 */
function indented(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${COMPONENT_INDENT}`);
}
