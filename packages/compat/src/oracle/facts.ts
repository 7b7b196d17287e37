/**
 * What the split oracle must know about a document before it splits it: whether anything could
 * change how references resolve, whether every reference is a local JSON pointer that resolves,
 * whether every pattern compiles, and whether `unevaluated*` is used (its meaning depends on what
 * other subschemas evaluated, which a lazily validated reference does not report); and, for the
 * copy ajv is given, whether an `enum: []` must be rewritten first.
 * Facts of a subtree do not depend on the document around it, so they are memoised by object: a
 * definition shared by many bundles is examined once.
 */
import { getAtPointer, isObject, type Json, type JsonObject } from '../json.js';

/** Keywords that change how references resolve: a document holding one anywhere is compiled whole. */
const RESOLUTION_KEYWORDS = ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor'];
/** Keywords (of any dialect) whose value is a subschema or an array of them. */
export const SUBSCHEMA: ReadonlySet<string> = new Set(['additionalProperties', 'propertyNames', 'items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema', 'allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords (of any dialect) whose value maps names to subschemas. */
export const SUBSCHEMA_MAP: ReadonlySet<string> = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Calls `f` on each direct subschema of a schema object. */
export function eachSubschema(node: JsonObject, f: (sub: Json) => void): void {
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
 * True when the document can be validated part by part: in every subschema no keyword changes
 * reference resolution (a root `$id` aside), no `unevaluated*`, every `$ref` is a local JSON
 * pointer that resolves, and every `pattern` compiles as ajv runs it.
 */
export function splittable(root: JsonObject, rootId: string | undefined, closed = false): boolean {
  // Vouched closed: the references are not gathered nor resolved here (for a bundle, tens of
  // thousands of them a dictionary check); one that does not resolve after all is refused on use
  // (oracle/targets.ts), and the document is then compiled whole.
  if (closed) return rootSummary(root).sound;
  const facts = factsOf(root, true);
  if (!facts.sound) return false;
  for (const ref of facts.refs) {
    const pointer = localPointer(ref, rootId);
    if (pointer === undefined || getAtPointer(root, pointer) === undefined) return false;
  }
  return true;
}

/** The JSON pointer a local reference names, or undefined. */
export function localPointer(ref: string, rootId: string | undefined): string | undefined {
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

/** What a subtree holds, independent of the document around it. */
interface SubtreeFacts {
  /** Nothing below changes resolution or uses `unevaluated*`, and every pattern compiles. */
  readonly sound: boolean;
  /** The distinct `$ref` values below (to be resolved against the document); empty when not sound. */
  readonly refs: readonly string[];
  /** An `enum: []` in a schema position below (ajv refuses it; see {@link holdsEmptyEnum}). */
  readonly emptyEnum: boolean;
}

const memo = new WeakMap<object, SubtreeFacts>();
/** Roots apart: a root may hold `$id`. */
const rootMemo = new WeakMap<object, SubtreeFacts>();
const PLAIN: SubtreeFacts = { sound: true, refs: [], emptyEnum: false };

/**
 * Whether `enum: []` occurs in a schema position of the document `root`: the places ajv compiles
 * (the values of `const`, `enum`, `default` and `examples` are data, and unknown keywords are
 * not compiled). Found on the walk that gathers the split oracle's facts, so that a document
 * and the definitions it shares with others are walked once for both.
 */
export function holdsEmptyEnum(root: Json): boolean {
  return isObject(root) && rootSummary(root).emptyEnum;
}

/**
 * A root's soundness and empty-enum answer without the union of its references: the union is
 * only needed to resolve them, and a bundle's root would gather those of every definition it
 * holds (shared definitions are memoised, the union of them per bundle is not).
 */
function rootSummary(root: JsonObject): Omit<SubtreeFacts, 'refs'> {
  let summary = rootSummaries.get(root);
  if (summary === undefined) rootSummaries.set(root, (summary = computeFacts(root, true, false)));
  return summary;
}

const rootSummaries = new WeakMap<object, Omit<SubtreeFacts, 'refs'>>();

function factsOf(node: Json, isRoot = false): SubtreeFacts {
  if (!isObject(node)) return PLAIN;
  const table = isRoot ? rootMemo : memo;
  let facts = table.get(node);
  if (facts === undefined) table.set(node, (facts = computeFacts(node, isRoot)));
  return facts;
}

/** The facts of `node` from its subschemas' (memoised) facts; `gather` false leaves `refs` empty. */
function computeFacts(node: JsonObject, isRoot: boolean, gather = true): SubtreeFacts {
  let sound = soundHere(node, isRoot);
  let emptyEnum = Array.isArray(node.enum) && node.enum.length === 0;
  const refs = new Set<string>();
  if (gather && typeof node.$ref === 'string') refs.add(node.$ref);
  // Walked even when this node is not sound: the empty-enum answer needs every subschema.
  eachSubschema(node, (sub) => {
    const f = factsOf(sub);
    if (f.emptyEnum) emptyEnum = true;
    if (!f.sound) sound = false;
    if (sound && gather) for (const r of f.refs) refs.add(r);
  });
  return sound ? { sound, refs: [...refs], emptyEnum } : { sound, refs: [], emptyEnum };
}

/** This node's own keywords allow splitting (its subschemas aside). */
function soundHere(node: JsonObject, isRoot: boolean): boolean {
  for (const k of RESOLUTION_KEYWORDS) if (k in node && !(isRoot && k === '$id')) return false;
  if ('unevaluatedProperties' in node || 'unevaluatedItems' in node) return false;
  if (!isRoot && typeof node.id === 'string') return false; // draft-04 ids
  const patterns = [...(typeof node.pattern === 'string' ? [node.pattern] : []), ...(isObject(node.patternProperties) ? Object.keys(node.patternProperties) : [])];
  for (const p of patterns) {
    try {
      new RegExp(p, 'u');
    } catch {
      return false;
    }
  }
  return true;
}
