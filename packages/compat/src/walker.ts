/**
 * The joint walk of the old and new normalised schemas.
 *
 * `compare(a, b)` returns the changes between two subschemas, each with its effect in both
 * directions, oriented old → new for that call. Soundness rests on three facts:
 * - a schema object is the conjunction of its keyword groups, so when every group of the old node
 *   is included in the corresponding group of the new node, the old node is included in the new
 *   (each rule claims `ok` only for its own group);
 * - a changed keyword that no rule owns is reported as `undecided` (the coverage check below);
 * - recursion through `$ref` is closed coinductively only after descending into a sub-instance
 *   (instances are finite trees, so the induction on their depth is well founded); a cycle that
 *   does not descend is `undecided`.
 */
import { createAjv, referenceFormats, type AjvLike } from './dialect.js';
import type { ValidateFunction } from 'ajv';
import { getAtPointer, isObject, jsonEqual, pointerJoin, type Json, type JsonObject } from './json.js';
import { isAnnotationKeyword } from './keywords.js';
import { leafOracle } from './oracle/leaf.js';
import { mergeAllOf } from './merge.js';
import type { NormalDoc } from './normalise.js';
import type { CompatRule, RuleContext, Step } from './rule.js';
import type { Effect, PathSeg, RawChange } from './types.js';
import { isProvablyEmpty } from './empty.js';
import { selfContained } from './self-contained.js';

let sharedLocal: AjvLike | undefined;
let localCompiles = 0;
/**
 * One 2020-12 validator for nodes of normalised documents (compiled as self-contained copies),
 * replaced now and then: ajv keeps some values of every compile for the instance's life.
 */
function localAjv(): AjvLike {
  if (++localCompiles > 2_000) {
    localCompiles = 0;
    sharedLocal = undefined;
  }
  return (sharedLocal ??= createAjv('2020-12'));
}

const MAX_DEPTH = 64;

/** Options of one walk. */
export interface WalkerOptions {
  readonly rules: readonly CompatRule[];
}

interface Frame {
  readonly oldPtr: string;
  readonly newPtr: string;
  readonly path: readonly PathSeg[];
  readonly depth: number;
}

/** Walks two normalised documents together. */
export class Walker {
  private readonly validators = new WeakMap<object, ((x: Json) => unknown) | null>();
  /** (old holder, new holder) pairs being compared → instance depth when entered. */
  private readonly active = new Map<Json, Map<Json, number>>();
  private dryRuns = 0;

  constructor(
    readonly oldDoc: NormalDoc,
    readonly newDoc: NormalDoc,
    private readonly options: WalkerOptions,
  ) {}

  /** Compares the two roots. */
  run(): RawChange[] {
    return this.compare(this.oldDoc.root, this.newDoc.root, { oldPtr: '', newPtr: '', path: [], depth: 0 });
  }

  /** Validates `value` against a node of a normalised document (references are absolute). */
  validLocal(node: Json, value: Json): boolean | undefined {
    if (typeof node === 'boolean') return node;
    if (!isObject(node)) return undefined;
    let v = this.validators.get(node);
    if (v === undefined) {
      // A leaf (a property's own type, bounds, pattern, format, code list) is judged without ajv.
      v = leafOracle(node, { dialect: '2020-12', formats: referenceFormats, resolve: (ref) => this.resolve(ref)?.node }) ?? this.compileLocal(node);
      this.validators.set(node, v);
    }
    if (v === null) return undefined;
    try {
      return v(value) === true;
    } catch {
      return undefined;
    }
  }

  /** Compiles a node as a self-contained copy; null when ajv refuses it. */
  private compileLocal(node: JsonObject): ValidateFunction | null {
    const schema = selfContained(node, (ref) => this.resolve(ref)?.node);
    if (schema === undefined) return null;
    const ajv = localAjv();
    try {
      return ajv.compile(schema);
    } catch {
      return null;
    } finally {
      // The compiled function stays valid; the instance keeps no schemas between nodes.
      ajv.removeSchema();
    }
  }

  /** Resolves an absolute reference of either document. */
  resolve(ref: string): { node: Json; ptr: string } | undefined {
    for (const d of [this.oldDoc, this.newDoc]) {
      if (!ref.startsWith(`${d.id}#`)) continue;
      const frag = decodeURI(ref.slice(d.id.length + 1));
      if (frag === '' || frag.startsWith('/')) {
        const node = getAtPointer(d.root, frag) as Json | undefined;
        return node === undefined ? undefined : { node, ptr: frag };
      }
      const found = findAnchor(d.root, frag, '');
      return found;
    }
    return undefined;
  }

  /** Follows `$ref`s, keeping sibling keywords as a conjunct. */
  deref(node: Json, ptr: string): { node: Json; ptr: string; unresolved?: string } {
    let cur = node;
    let p = ptr;
    for (let i = 0; i < 32 && isObject(cur) && typeof cur.$ref === 'string'; i++) {
      const target = this.resolve(cur.$ref);
      if (target === undefined) return { node: cur, ptr: p, unresolved: cur.$ref };
      const { $ref: _ref, ...siblings } = cur;
      const semantic = Object.keys(siblings).filter((k) => !isAnnotationKeyword(k));
      if (semantic.length === 0) {
        // Annotations beside a $ref stay visible to the annotation rules.
        const notes = Object.fromEntries(Object.entries(siblings).filter(([k]) => isAnnotationKeyword(k)));
        cur = isObject(target.node) && Object.keys(notes).length > 0 ? { ...target.node, ...notes } : target.node;
        p = target.ptr;
      } else {
        // `$ref` is an in-place applicator, exactly as an allOf member is.
        cur = mergeAllOf({ ...siblings, allOf: [...((siblings.allOf as Json[] | undefined) ?? []), target.node] });
      }
    }
    if (isObject(cur) && typeof cur.$ref === 'string') return { node: cur, ptr: p, unresolved: cur.$ref };
    return { node: cur, ptr: p };
  }

  /** Semantic equality with references followed (coinductively). */
  equal(a: Json, b: Json, seen = new Set<string>(), pa = '', pb = ''): boolean {
    if (a === b && !isObject(a)) return true;
    const da = this.deref(a, pa);
    const db = this.deref(b, pb);
    if (da.unresolved !== undefined || db.unresolved !== undefined) return false;
    const key = `${da.ptr}\u0000${db.ptr}`;
    if (isObject(a) && typeof a.$ref === 'string' && isObject(b) && typeof b.$ref === 'string') {
      if (seen.has(key)) return true;
      seen.add(key);
    }
    return this.equalValue(da.node, db.node, seen);
  }

  private equalValue(a: Json, b: Json, seen: Set<string>): boolean {
    if (!isObject(a) || !isObject(b)) return jsonEqual(a, b);
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) {
      if (!(k in b)) return false;
      const va = a[k] as Json;
      const vb = b[k] as Json;
      if (k === 'enum' || k === 'const' || k === 'examples' || k === 'default' || isAnnotationKeyword(k) || k === 'required' || k === 'type' || k === 'dependentRequired') {
        if (!jsonEqual(va, vb)) return false;
      } else if (Array.isArray(va)) {
        if (!Array.isArray(vb) || va.length !== vb.length || !va.every((x, i) => this.equal(x, vb[i] as Json, seen))) return false;
      } else if (isObject(va) && (k === 'properties' || k === 'patternProperties' || k === 'dependentSchemas' || k === '$defs' || k === 'definitions')) {
        if (!isObject(vb)) return false;
        const names = Object.keys(va);
        if (names.length !== Object.keys(vb).length) return false;
        if (k === '$defs' || k === 'definitions') continue; // containers: only what is referenced matters
        if (!names.every((n) => n in vb && this.equal(va[n] as Json, vb[n] as Json, seen))) return false;
      } else if (isObject(va) || typeof va === 'boolean') {
        if (!this.equal(va, vb, seen)) return false;
      } else if (!jsonEqual(va, vb)) return false;
    }
    return true;
  }

  /** The core: changes between subschemas `a` (old) and `b` (new). */
  compare(a0: Json, b0: Json, f: Frame): RawChange[] {
    if (f.depth > MAX_DEPTH) return [this.mk(f, 'analysis-limit', 'The schemas nest too deeply to analyse.', 'undecided', 'undecided', { why: 'nesting deeper than the analysis limit' })];
    // Recursion guard on the (stable) holder objects.
    const guardA = isObject(a0) && typeof a0.$ref === 'string' ? a0 : undefined;
    const guardB = isObject(b0) && typeof b0.$ref === 'string' ? b0 : undefined;
    if (guardA !== undefined || guardB !== undefined) {
      const ka: Json = guardA ?? a0;
      const kb: Json = guardB ?? b0;
      const entered = this.active.get(ka)?.get(kb);
      if (entered !== undefined) {
        if (entered < f.path.length) return []; // coinductive hypothesis: sound after descending
        return [this.mk(f, 'recursive-ref-undecided', 'A reference cycle does not descend into the instance; it cannot be analysed.', 'undecided', 'undecided', { why: 'a $ref cycle without descent' })];
      }
      let m = this.active.get(ka);
      if (m === undefined) this.active.set(ka, (m = new Map()));
      m.set(kb, f.path.length);
      try {
        return this.compareDeref(a0, b0, f);
      } finally {
        m.delete(kb);
      }
    }
    return this.compareDeref(a0, b0, f);
  }

  private compareDeref(a0: Json, b0: Json, f0: Frame): RawChange[] {
    const da = this.deref(a0, f0.oldPtr);
    const db = this.deref(b0, f0.newPtr);
    const f: Frame = { ...f0, oldPtr: da.ptr, newPtr: db.ptr };
    if (da.unresolved !== undefined || db.unresolved !== undefined) {
      if (this.equal(a0, b0)) return [];
      return [this.mk(f, 'ref-unresolvable', `The reference ${da.unresolved ?? db.unresolved} cannot be resolved inside the document.`, 'undecided', 'undecided', { why: 'unresolvable $ref' })];
    }
    const a = da.node;
    const b = db.node;
    if (this.equal(a, b)) return [];
    const changes: RawChange[] = [];
    const ea = isProvablyEmpty(a, this, 'old');
    const eb = isProvablyEmpty(b, this, 'new');
    if (ea && eb) return [this.mk(f, 'unsatisfiable-both', 'Both schemas accept nothing; the instance set is the same (empty).', 'ok', 'ok', { oldNode: a, newNode: b })];
    // Booleans and finite languages are decided exactly.
    const exact = this.exact(a, b, f, ea, eb);
    const objA = a === true ? {} : a;
    const objB = b === true ? {} : b;
    if (isObject(objA) && isObject(objB)) changes.push(...this.runRules(objA, objB, f));
    else changes.push(...this.booleanChange(a, b, f));
    for (const c of changes) {
      if (exact.backward === 'ok') c.backward = 'ok';
      if (exact.forward === 'ok') c.forward = 'ok';
    }
    changes.push(...exact.extra);
    return changes;
  }

  /** Exact decisions: an empty side, or a finite (enum) side checked value by value. */
  private exact(a: Json, b: Json, f: Frame, ea: boolean, eb: boolean): { backward?: 'ok'; forward?: 'ok'; extra: RawChange[] } {
    const out: { backward?: 'ok'; forward?: 'ok'; extra: RawChange[] } = { extra: [] };
    if (ea || b === true) out.backward = 'ok';
    if (eb || a === true) out.forward = 'ok';
    for (const [side, from, to, dir] of [
      ['old', a, b, 'backward'],
      ['new', b, a, 'forward'],
    ] as const) {
      if (out[dir] === 'ok' || !isObject(from) || !Array.isArray(from.enum)) continue;
      const members = (from.enum as Json[]).filter((v) => this.validLocal(from, v) === true);
      if ((from.enum as Json[]).some((v) => this.validLocal(from, v) === undefined)) continue;
      const escaped = members.filter((v) => this.validLocal(to, v) !== true);
      if (members.every((v) => this.validLocal(to, v) !== undefined) && escaped.length === 0) out[dir] = 'ok';
      else if (escaped.length > 0) {
        void side;
        // Recorded as hints on the enum rule's change; the value-level rule reports it.
        out.extra.push(
          this.mk(f, dir === 'backward' ? 'enum-value-rejected' : 'enum-value-accepted', `${dir === 'backward' ? 'Old' : 'New'} allowed value(s) ${escaped.slice(0, 3).map((v) => JSON.stringify(v)).join(', ')} ${dir === 'backward' ? 'are rejected by the new schema' : 'are rejected by the old schema'}.`, dir === 'backward' ? 'breaking' : 'ok', dir === 'forward' ? 'breaking' : 'ok', {
            hints: { [dir]: escaped.slice(0, 5) },
            oldNode: a,
            newNode: b,
          }),
        );
      }
    }
    return out;
  }

  private booleanChange(a: Json, b: Json, f: Frame): RawChange[] {
    const aFalse = a === false;
    const bFalse = b === false;
    if (aFalse && !bFalse) return [this.mk(f, 'schema-false-removed', 'A schema that accepted nothing (false) now accepts values.', 'ok', 'breaking', { oldNode: a, newNode: b })];
    if (bFalse && !aFalse) return [this.mk(f, 'schema-became-false', 'The schema now accepts nothing (false).', 'breaking', 'ok', { oldNode: a, newNode: b })];
    return [];
  }

  private runRules(a: JsonObject, b: JsonObject, f: Frame): RawChange[] {
    const ctx = this.context(f);
    const out: RawChange[] = [];
    const { owned, applicable } = ruleIndex(this.options.rules);
    for (const rule of applicable(a, b)) out.push(...rule.detect(a, b, ctx));
    // Coverage: a changed semantic keyword no rule owns must not pass silently.
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (isAnnotationKeyword(k) || owned.has(k) || k === '$defs' || k === 'definitions' || k === '$anchor' || k === '$dynamicAnchor') continue;
      if (!this.equal(a[k] ?? null, b[k] ?? null)) out.push(this.mk(f, 'unhandled-keyword-changed', `The keyword "${k}" changed and the engine has no rule for it.`, 'undecided', 'undecided', { why: `no rule analyses "${k}"` }));
    }
    return out;
  }

  /** Builds the context rules see at a frame. */
  private context(f: Frame): RuleContext {
    return {
      oldPtr: f.oldPtr,
      newPtr: f.newPtr,
      compare: (x, y, step) => this.compare(x, y, this.child(f, step)),
      includes: (x, y, step) => {
        if (++this.dryRuns > 5000) return false;
        return this.compare(x, y, this.child(f, step)).every((c) => c.backward === 'ok');
      },
      equal: (x, y) => this.equal(x, y),
      valid: (_side, node, value) => this.validLocal(node, value),
      change: (rule, message, backward, forward, extra) => this.mk(f, rule, message, backward, forward, extra),
      deref: (side, node) => this.deref(node, side === 'old' ? f.oldPtr : f.newPtr).node,
    };
  }

  private child(f: Frame, step: Step): Frame {
    return {
      oldPtr: step.old ? pointerJoin(f.oldPtr, ...step.old) : f.oldPtr,
      newPtr: step.new ? pointerJoin(f.newPtr, ...step.new) : f.newPtr,
      path: step.seg ? [...f.path, step.seg] : f.path,
      depth: f.depth + 1,
    };
  }

  private mk(f: Frame, rule: string, message: string, backward: Effect, forward: Effect, extra?: Partial<RawChange>): RawChange {
    return { rule, message, backward, forward, oldPtr: f.oldPtr, newPtr: f.newPtr, path: f.path, ...extra };
  }
}

/** The rules of a list that a pair of nodes concerns, and every keyword some rule owns. */
interface RuleIndex {
  readonly owned: ReadonlySet<string>;
  /** The rules with no keyword or with a keyword in `a` or `b`, in list order. */
  readonly applicable: (a: JsonObject, b: JsonObject) => CompatRule[];
}

const ruleIndexes = new WeakMap<readonly CompatRule[], RuleIndex>();

/**
 * Indexes a rule list by keyword once: each changed node pair used to test every rule's keywords
 * (over a hundred rules) and rebuild the set of owned keywords.
 */
function ruleIndex(rules: readonly CompatRule[]): RuleIndex {
  let index = ruleIndexes.get(rules);
  if (index !== undefined) return index;
  const owned = new Set<string>();
  const byKeyword = new Map<string, number[]>();
  const always: number[] = [];
  rules.forEach((rule, i) => {
    if (rule.keywords.length === 0) always.push(i);
    for (const k of rule.keywords) {
      // `k in node` was the test: equal to an own key only for names no object inherits.
      if (k in Object.prototype) throw new Error(`rule ${rule.id}: keyword ${k} is a name every object inherits`);
      owned.add(k);
      let list = byKeyword.get(k);
      if (list === undefined) byKeyword.set(k, (list = []));
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const applicable = (a: JsonObject, b: JsonObject): CompatRule[] => {
    const hit = new Set<number>(always);
    for (const node of [a, b]) for (const k of Object.keys(node)) for (const i of byKeyword.get(k) ?? []) hit.add(i);
    return [...hit].sort((x, y) => x - y).map((i) => rules[i] as CompatRule);
  };
  ruleIndexes.set(rules, (index = { owned, applicable }));
  return index;
}

function findAnchor(node: Json, name: string, ptr: string): { node: Json; ptr: string } | undefined {
  if (!isObject(node)) return undefined;
  if (node.$anchor === name || node.$dynamicAnchor === name) return { node, ptr };
  for (const [k, v] of Object.entries(node)) {
    if (k === 'enum' || k === 'const' || k === 'examples' || k === 'default') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const r = findAnchor(v[i] as Json, name, pointerJoin(ptr, k, i));
        if (r) return r;
      }
    } else if (isObject(v)) {
      const r = findAnchor(v, name, pointerJoin(ptr, k));
      if (r) return r;
    }
  }
  return undefined;
}
