/**
 * The reference validator of an ORIGINAL document ("the oracle"): ajv, in the document's own
 * dialect. Every counterexample is verified with it before it is shown.
 *
 * Compiling a whole wide document with ajv costs ~0.3–1 ms a property (a 500-property entity:
 * 150–600 ms), yet a counterexample search only ever validates instances that carry a few of
 * those properties. So when the root has a plain object shape — `properties`, `required`,
 * `additionalProperties`, property counts, `type`, annotations and `$defs`, with every `$ref` a
 * local JSON pointer and no nested `$id` or anchors — the root is validated as ajv would:
 * - a "shell" (the root without `properties` and `additionalProperties`) checks `type`,
 *   `required` and the counts;
 * - each own key of an object instance is validated by its property's subschema, or by
 *   `additionalProperties`, each compiled by ajv on first use.
 * That is exactly the meaning of those keywords (they are a conjunction over the instance's own
 * keys), and every part is still judged by ajv. Any other shape is compiled whole.
 *
 * The `$ref` targets of the parts are content-addressed: each is registered once, in a long-lived
 * ajv instance, under an id made from its content (with its own references already replaced by
 * theirs), so ajv compiles it once however many parts, documents and comparisons reach it — the
 * same entity referenced by a thousand bundles of a dictionary check is compiled once. Documents
 * whose references form a cycle (no content id is possible) get ids scoped to the document.
 */
import { createHash } from 'node:crypto';
import { compileWith, createAjv, metaValidWith, type AjvLike, type Dialect } from './dialect.js';
import { getAtPointer, isObject, type Json, type JsonObject } from './json.js';

/** A validator that never throws. */
export type Oracle = (x: Json) => boolean;

/** Root keywords the split validator handles (besides `x-*` extensions). */
const SPLITTABLE_ROOT: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$defs',
  'definitions',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
]);
/** Keywords that change how references resolve: a document holding one anywhere is compiled whole. */
const RESOLUTION_KEYWORDS = ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor'];
/** Keywords (of any dialect) whose value is a subschema, an array of them, or a map of them. */
const SUBSCHEMA: ReadonlySet<string> = new Set(['additionalProperties', 'propertyNames', 'items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema', 'allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP: ReadonlySet<string> = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
/** Keywords no dialect asserts anything with (ajv ignores them without `useDefaults`). */
const ANNOTATIONS: ReadonlySet<string> = new Set(['title', 'description', 'examples', 'default', '$comment', 'deprecated', 'readOnly', 'writeOnly']);

/** The long-lived ajv instance of a dialect for parts and their targets, with what it holds. */
interface PartStore {
  readonly ajv: AjvLike;
  /** Target ids registered in `ajv`. */
  readonly added: Set<string>;
  /** Compiled parts by text. */
  readonly parts: Map<string, Oracle>;
}

const stores = new Map<Dialect, PartStore>();
/** Beyond this many registered targets the store starts afresh (compiled functions stay valid). */
const STORE_LIMIT = 50_000;

function storeOf(dialect: Dialect): PartStore {
  let store = stores.get(dialect);
  if (store === undefined || store.added.size + store.parts.size > STORE_LIMIT) {
    // No meta-validation per registered target: the whole document was meta-validated once.
    store = { ajv: createAjv(dialect, { validateSchema: false }), added: new Set(), parts: new Map() };
    stores.set(dialect, store);
  }
  return store;
}

/** Options of {@link compileOracle}. */
export interface OracleOptions {
  /**
   * The caller vouches that the document is valid against its dialect's meta-schema (the
   * dictionary loader checked every file, and a bundle only rewrites references), so the check
   * that guards splitting is skipped.
   */
  readonly metaValidated?: boolean;
}

/** Compiles `schema` (an original document in `dialect`) into an oracle. Throws what ajv throws. */
export function compileOracle(schema: Json, dialect: Dialect, options: OracleOptions = {}): Oracle {
  const split = isObject(schema) ? splitRoot(schema, dialect, options.metaValidated === true) : undefined;
  if (split !== undefined) return split;
  return guard(compileWith(dialect, schema));
}

function guard(v: (x: unknown) => unknown): Oracle {
  return (x) => {
    try {
      return v(x) === true;
    } catch {
      return false;
    }
  };
}

/** True when {@link compileOracle} validates `schema` part by part (for tests and diagnostics). */
export function isSplit(schema: Json, dialect: Dialect): boolean {
  return isObject(schema) && splitRoot(schema, dialect, false) !== undefined;
}

function splitRoot(root: JsonObject, dialect: Dialect, metaValidated: boolean): Oracle | undefined {
  if (!Object.keys(root).every((k) => SPLITTABLE_ROOT.has(k) || k.startsWith('x-') || (k === 'id' && dialect === 'draft-04'))) return undefined;
  const properties = root.properties ?? {};
  if (!isObject(properties)) return undefined;
  // ajv reads `data.name` for each property: names an object inherits would read the prototype.
  if (Object.keys(properties).some((n) => n in Object.prototype)) return undefined;
  const rootId = typeof root.$id === 'string' ? root.$id : dialect === 'draft-04' && typeof root.id === 'string' ? root.id : undefined;
  // Whatever could make ajv refuse the document must be found now, not on a part's first use:
  // split only a document that is meta-valid, whose patterns compile and whose references resolve.
  if ((!metaValidated && !metaValidWith(dialect, root)) || !checkSubschemas(root, rootId)) return undefined;

  const { properties: _p, additionalProperties, ...rest } = root;
  const shellSchema: JsonObject = { ...rest };
  delete shellSchema.$defs;
  delete shellSchema.definitions;
  const shell = guard(compileWith(dialect, shellSchema));
  const targets = new TargetIds(root, rootId, dialect);
  // Should ajv still refuse a part, the document is compiled whole after all (and if ajv refuses
  // that too, the error reaches the caller as it would have at the start).
  let whole: Oracle | undefined;
  const part = (node: Json): Oracle => {
    try {
      return compilePart(dialect, targets.copy(node));
    } catch {
      whole ??= guard(compileWith(dialect, root));
      return whole;
    }
  };
  // Each part is compiled on first use: compiling them all would be the whole document again.
  const parts = new Map<string, Oracle>();
  let additional: Oracle | undefined;
  const ofProperty = (name: string): Oracle => {
    let v = parts.get(name);
    if (v === undefined) parts.set(name, (v = part(properties[name] as Json)));
    return v;
  };
  return (x) => {
    if (whole !== undefined) return whole(x);
    if (!shell(x)) return false;
    if (!isObject(x)) return true;
    for (const key of Object.keys(x)) {
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        if (!ofProperty(key)(x[key] as Json)) return false;
      } else if (additionalProperties !== undefined) {
        additional ??= part(additionalProperties);
        if (!additional(x[key] as Json)) return false;
      }
    }
    return true;
  };
}

/** Compiles a part (a subschema whose references are target ids), once per dialect and text. */
function compilePart(dialect: Dialect, schema: Json): Oracle {
  const store = storeOf(dialect);
  const key = JSON.stringify(schema);
  let v = store.parts.get(key);
  if (v === undefined) {
    // Wrapped, so that a boolean part or a `$ref` at the part's top compiles like any schema.
    const wrapper = { allOf: [schema] };
    try {
      v = guard(store.ajv.compile(wrapper));
    } finally {
      store.ajv.removeSchema(wrapper); // the part itself is not kept; its targets are
    }
    store.parts.set(key, v);
  }
  return v;
}

/**
 * Content ids of a document's reference targets, registering each target in the dialect's store.
 * Ids are `urn:ndd:oracle:<sha1>` of the target's copy (annotations dropped, references replaced
 * by their ids); in a document whose references form a cycle, `urn:ndd:oracle:<doc sha1>:<pointer>`.
 */
class TargetIds {
  private readonly ids = new Map<string, string>();
  private readonly store: PartStore;
  private docScope: string | undefined;

  constructor(
    private readonly root: JsonObject,
    private readonly rootId: string | undefined,
    private readonly dialect: Dialect,
  ) {
    this.store = storeOf(dialect);
  }

  /** `node` with annotations dropped and every `$ref` replaced by its target's id. */
  copy(node: Json): Json {
    return this.copyWith(node, (pointer) => this.idOf(pointer));
  }

  private idOf(pointer: string): string {
    const known = this.ids.get(pointer);
    if (known !== undefined) return known;
    if (this.docScope === undefined) {
      try {
        return this.contentId(pointer, new Set());
      } catch (e) {
        if (!(e instanceof CycleFound)) throw e;
        this.ids.clear();
        this.docScope = sha1(`${this.dialect}\u0000${JSON.stringify(this.root)}`);
      }
    }
    // Scoped ids: each target registered under its pointer; cycles are fine for ajv.
    const id = `urn:ndd:oracle:${this.docScope}:${encodeURIComponent(pointer)}`;
    this.ids.set(pointer, id);
    this.register(id, () => this.copyWith(getAtPointer(this.root, pointer) as Json, (p) => this.idOf(p)));
    return id;
  }

  private contentId(pointer: string, stack: Set<string>): string {
    const known = this.ids.get(pointer);
    if (known !== undefined) return known;
    const node = getAtPointer(this.root, pointer) as Json;
    // A target met before (a definition shared by many bundles) keeps its id when everything it
    // references still resolves to the same objects: no copy, no hash.
    const memo = isObject(node) ? contentMemo.get(node) : undefined;
    if (memo !== undefined && memo.store === this.store && this.store.added.has(memo.id) && this.stillResolves(memo, new Set())) {
      this.ids.set(pointer, memo.id);
      return memo.id;
    }
    if (stack.has(pointer)) throw new CycleFound();
    stack.add(pointer);
    const deps: [string, Json][] = [];
    let rootBound = false;
    const copy = this.copyWith(
      node,
      (p) => {
        deps.push([p, getAtPointer(this.root, p) as Json]);
        return this.contentId(p, stack);
      },
      () => (rootBound = true),
    );
    stack.delete(pointer);
    const id = `urn:ndd:oracle:${sha1(`${this.dialect}\u0000${JSON.stringify(copy)}`)}`;
    this.ids.set(pointer, id);
    this.register(id, () => copy);
    if (isObject(node)) contentMemo.set(node, { id, deps, store: this.store, rootId: rootBound ? this.rootId : undefined, rootBound });
    return id;
  }

  /** Whether a memoised target's references resolve in this document as where it was computed. */
  private stillResolves(memo: ContentMemo, seen: Set<object>): boolean {
    if (memo.rootBound && memo.rootId !== this.rootId) return false;
    for (const [pointer, target] of memo.deps) {
      if (getAtPointer(this.root, pointer) !== target) return false;
      if (!isObject(target) || seen.has(target)) continue;
      seen.add(target);
      const next = contentMemo.get(target);
      if (next === undefined || next.store !== this.store || !this.stillResolves(next, seen)) return false;
    }
    return true;
  }

  private register(id: string, schema: () => Json): void {
    if (this.store.added.has(id)) return;
    this.store.added.add(id);
    this.store.ajv.addSchema(schema(), id);
  }

  private copyWith(s: Json, idOf: (pointer: string) => string, onRootBound?: () => void): Json {
    if (!isObject(s)) return s;
    const out: JsonObject = {};
    // Annotations are dropped (ajv ignores them): parts and targets that differ only in titles
    // share one compiled function.
    for (const [k, v] of Object.entries(s)) {
      if (ANNOTATIONS.has(k) || k.startsWith('x-') || k === '$id' || k === 'id' || k === '$schema') continue;
      if (k === '$ref' && typeof v === 'string') {
        if (!v.startsWith('#')) onRootBound?.(); // resolved against the root's $id
        out[k] = idOf(localPointer(v, this.rootId)!); // checked by checkSubschemas
      } else if (SUBSCHEMA.has(k)) out[k] = Array.isArray(v) ? v.map((x) => this.copyWith(x, idOf, onRootBound)) : this.copyWith(v, idOf, onRootBound);
      else if (SUBSCHEMA_MAP.has(k) && isObject(v)) {
        if (k === '$defs' || k === 'definitions') continue; // containers: targets are registered by id
        out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, Array.isArray(x) ? x : this.copyWith(x, idOf, onRootBound)]));
      } else out[k] = v;
    }
    return out;
  }
}

class CycleFound extends Error {}

/** A target's content id, with the references it was computed under. */
interface ContentMemo {
  readonly id: string;
  /** Pointer → the node it resolved to, for each reference directly inside the target. */
  readonly deps: readonly (readonly [string, Json])[];
  readonly store: PartStore;
  /** Whether a reference resolved against the root's `$id` (then only that id may reuse it). */
  readonly rootBound: boolean;
  readonly rootId: string | undefined;
}

const contentMemo = new WeakMap<object, ContentMemo>();

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Calls `f` on each direct subschema of a schema object. */
function eachSubschema(node: JsonObject, f: (sub: Json) => void): void {
  for (const [k, v] of Object.entries(node)) {
    if (SUBSCHEMA.has(k)) {
      if (Array.isArray(v)) v.forEach(f);
      else f(v);
    } else if (SUBSCHEMA_MAP.has(k) && isObject(v)) {
      for (const sub of Object.values(v)) if (!Array.isArray(sub)) f(sub); // draft-07 dependencies may list names
    }
  }
}

/**
 * True when, in every subschema: no keyword changes reference resolution (a root `$id` aside),
 * every `$ref` is a local JSON pointer that resolves, and every `pattern` compiles as ajv runs it.
 */
function checkSubschemas(root: JsonObject, rootId: string | undefined): boolean {
  // The root's own keywords (its `$id` is allowed), then each subschema through the memo.
  const facts = factsOf(root, true);
  if (!facts.sound) return false;
  for (const ref of facts.refs) {
    const pointer = localPointer(ref, rootId);
    if (pointer === undefined || getAtPointer(root, pointer) === undefined) return false;
  }
  return true;
}

/** What a subtree holds, independent of the document around it. */
interface SubtreeFacts {
  /** No resolution keyword below, and every pattern compiles. */
  readonly sound: boolean;
  /** The distinct `$ref` values below (to be resolved against the document). */
  readonly refs: readonly string[];
}

const factsMemo = new WeakMap<object, SubtreeFacts>();
const PLAIN: SubtreeFacts = { sound: true, refs: [] };

function factsOf(node: Json, isRoot = false): SubtreeFacts {
  if (!isObject(node)) return PLAIN;
  const known = isRoot ? undefined : factsMemo.get(node);
  if (known !== undefined) return known;
  const facts = computeFacts(node, isRoot);
  if (!isRoot) factsMemo.set(node, facts);
  return facts;
}

function computeFacts(node: JsonObject, isRoot: boolean): SubtreeFacts {
  const unsound: SubtreeFacts = { sound: false, refs: [] };
  for (const k of RESOLUTION_KEYWORDS) if (k in node && !(isRoot && k === '$id')) return unsound;
  if (!isRoot && typeof node.id === 'string') return unsound; // draft-04 ids
  const patterns = [...(typeof node.pattern === 'string' ? [node.pattern] : []), ...(isObject(node.patternProperties) ? Object.keys(node.patternProperties) : [])];
  for (const p of patterns) {
    try {
      new RegExp(p, 'u');
    } catch {
      return unsound;
    }
  }
  const refs = new Set<string>();
  if (typeof node.$ref === 'string') refs.add(node.$ref);
  let sound = true;
  eachSubschema(node, (sub) => {
    if (!sound) return;
    const f = factsOf(sub);
    sound = f.sound;
    for (const r of f.refs) refs.add(r);
  });
  return sound ? { sound, refs: [...refs] } : unsound;
}

/** The JSON pointer a local reference names, or undefined. */
function localPointer(ref: string, rootId: string | undefined): string | undefined {
  const hash = ref.indexOf('#');
  const base = hash < 0 ? ref : ref.slice(0, hash);
  if (base !== '' && base !== rootId?.replace(/#$/, '')) return undefined;
  let fragment: string;
  try {
    fragment = hash < 0 ? '' : decodeURIComponent(ref.slice(hash + 1));
  } catch {
    return undefined;
  }
  return fragment === '' || fragment.startsWith('/') ? fragment : undefined;
}
