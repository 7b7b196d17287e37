/**
 * What the split oracle must know about a document before it splits it: whether anything could
 * change how references resolve, whether every reference is a local JSON pointer that resolves,
 * whether every pattern compiles, and whether `unevaluated*` is used (its meaning depends on what
 * other subschemas evaluated, which a lazily validated reference does not report).
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
export function splittable(root: JsonObject, rootId: string | undefined): boolean {
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
  /** The distinct `$ref` values below (to be resolved against the document). */
  readonly refs: readonly string[];
}

const memo = new WeakMap<object, SubtreeFacts>();
const PLAIN: SubtreeFacts = { sound: true, refs: [] };
const UNSOUND: SubtreeFacts = { sound: false, refs: [] };

function factsOf(node: Json, isRoot = false): SubtreeFacts {
  if (!isObject(node)) return PLAIN;
  const known = isRoot ? undefined : memo.get(node);
  if (known !== undefined) return known;
  const facts = computeFacts(node, isRoot);
  if (!isRoot) memo.set(node, facts);
  return facts;
}

function computeFacts(node: JsonObject, isRoot: boolean): SubtreeFacts {
  for (const k of RESOLUTION_KEYWORDS) if (k in node && !(isRoot && k === '$id')) return UNSOUND;
  if ('unevaluatedProperties' in node || 'unevaluatedItems' in node) return UNSOUND;
  if (!isRoot && typeof node.id === 'string') return UNSOUND; // draft-04 ids
  const patterns = [...(typeof node.pattern === 'string' ? [node.pattern] : []), ...(isObject(node.patternProperties) ? Object.keys(node.patternProperties) : [])];
  for (const p of patterns) {
    try {
      new RegExp(p, 'u');
    } catch {
      return UNSOUND;
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
  return sound ? { sound, refs: [...refs] } : UNSOUND;
}
