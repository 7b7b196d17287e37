/**
 * Content ids of a document's reference targets. A target is registered in its dialect's store
 * under `urn:ndd:oracle:<sha1>` of its copy (annotations dropped, references replaced by their
 * targets' ids), so the same definition reached from a thousand documents is one target. In a
 * document whose references form a cycle (no content id is possible), ids are scoped to the
 * document: `urn:ndd:oracle:<document sha1>:<pointer>`.
 */
import type { Dialect } from '../dialect.js';
import { getAtPointer, isObject, type Json, type JsonObject } from '../json.js';
import { localPointer, SUBSCHEMA, SUBSCHEMA_MAP } from './facts.js';
import { LAZY_REF, PartRefused, registerTarget, type PartStore } from './store.js';

/** Keywords no dialect asserts anything with (ajv ignores them without `useDefaults`). */
const ANNOTATIONS: ReadonlySet<string> = new Set(['title', 'description', 'examples', 'default', '$comment', 'deprecated', 'readOnly', 'writeOnly']);

/** The targets of one document. */
export class TargetIds {
  private readonly ids = new Map<string, string>();
  /** Targets whose memoised ids were found to hold in this document (see {@link stillResolves}). */
  private readonly resolvesHere = new Set<object>();
  private docScope: string | undefined;

  constructor(
    private readonly store: PartStore,
    private readonly root: JsonObject,
    private readonly rootId: string | undefined,
    private readonly dialect: Dialect,
  ) {}

  /** `node` with annotations dropped and every `$ref` replaced by a lazy reference to its target. */
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
    // Read first: a pointer that names nothing is refused before it is given an id.
    const target = this.targetAt(pointer);
    const id = `urn:ndd:oracle:${this.docScope}:${encodeURIComponent(pointer)}`;
    this.ids.set(pointer, id);
    registerTarget(this.store, id, () => this.copyWith(target, (p) => this.idOf(p)));
    return id;
  }

  /** The node `pointer` names; refused when it names nothing (a document vouched closed that is not). */
  private targetAt(pointer: string): Json {
    const node = getAtPointer(this.root, pointer);
    if (node === undefined) throw new PartRefused(`the reference #${pointer} does not resolve in the document`);
    return node as Json;
  }

  private contentId(pointer: string, stack: Set<string>): string {
    const known = this.ids.get(pointer);
    if (known !== undefined) return known;
    const node = this.targetAt(pointer);
    // A target met before (a definition shared by many bundles) keeps its id when everything it
    // references still resolves to the same objects: no copy, no hash.
    const memo = isObject(node) ? contentMemo.get(node) : undefined;
    if (memo !== undefined && memo.store === this.store && this.store.targets.has(memo.id) && this.stillResolves(memo, new Set())) {
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
    registerTarget(this.store, id, () => copy);
    if (isObject(node)) contentMemo.set(node, { id, deps, store: this.store, rootId: this.rootId, rootBound });
    return id;
  }

  /**
   * Whether a memoised target's references resolve in this document as where it was computed.
   * A target found to hold is remembered for the rest of this document: memoised targets form
   * no cycles (a cycle gets no content id), so its answer depends on nothing still open, and the
   * many targets of a bundle that share definitions check them once, not once each.
   */
  private stillResolves(memo: ContentMemo, seen: Set<object>): boolean {
    if (memo.rootBound && memo.rootId !== this.rootId) return false;
    for (const [pointer, target] of memo.deps) {
      if (getAtPointer(this.root, pointer) !== target) return false;
      if (!isObject(target) || seen.has(target) || this.resolvesHere.has(target)) continue;
      seen.add(target);
      const next = contentMemo.get(target);
      if (next === undefined || next.store !== this.store || !this.stillResolves(next, seen)) return false;
      this.resolvesHere.add(target);
    }
    return true;
  }

  private copyWith(s: Json, idOf: (pointer: string) => string, onRootBound?: () => void): Json {
    if (!isObject(s)) return s;
    const out: JsonObject = {};
    // Annotations are dropped (ajv ignores them): parts and targets that differ only in titles
    // share one compiled function. A stray `nddLazyRef` in the source is dropped too (ajv would
    // ignore it as an unknown keyword).
    for (const [k, v] of Object.entries(s)) {
      if (ANNOTATIONS.has(k) || k.startsWith('x-') || k === '$id' || k === 'id' || k === '$schema' || k === LAZY_REF) continue;
      if (k === '$ref' && typeof v === 'string') {
        if (!v.startsWith('#')) onRootBound?.(); // resolved against the root's $id
        // Checked by `splittable`, unless the caller vouched for the document: refused if wrong
        // (a pointer that resolves to nothing is refused where its target is read, targetAt).
        const pointer = localPointer(v, this.rootId);
        if (pointer === undefined) throw new PartRefused(`the reference ${v} is not a local JSON pointer`);
        out[LAZY_REF] = idOf(pointer);
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
  // node:crypto is loaded on the first hash: most comparisons (and a bundled `ndd compat` with
  // every part a leaf) never hash, and loading it costs a few milliseconds of a cold process.
  return process.getBuiltinModule('node:crypto').createHash('sha1').update(text).digest('hex');
}
