import { valueAt } from '../text/pointer.js';
import { ARRAY_SCHEMA_KEYWORDS, MAP_SCHEMA_KEYWORDS, SINGLE_SCHEMA_KEYWORDS } from '../keywords.js';
import { walkSchema } from '../walk.js';
import type { LoadedDocument } from './loaded-document.js';
import type { ResolvedRef } from './resolve-refs.js';

/**
 * Reports `$ref` cycles that no generator can handle: a chain of references that comes back to
 * where it started without passing through a property or an item (A = B, B = A). Such a schema
 * is an alias of itself: TypeScript rejects the type, and a validator would recurse forever.
 * Cycles through properties or items (a person's mother is a person) are fine.
 */
export function findUngeneratableCycles(docs: ReadonlyMap<string, LoadedDocument>, refs: ReadonlyMap<string, readonly ResolvedRef[]>): void {
  const node = (id: string, pointer: string) => `${id}#${pointer}`;
  // In-place references going out of a node, found by walking its in-place subtree.
  const edgesCache = new Map<string, { target: string; from: LoadedDocument; ref: ResolvedRef }[]>();
  const edgesOf = (key: string) => {
    let edges = edgesCache.get(key);
    if (edges) return edges;
    edges = [];
    const hash = key.indexOf('#');
    const doc = docs.get(key.slice(0, hash));
    const pointer = key.slice(hash + 1);
    const fileRefs = doc ? refs.get(doc.id) ?? [] : [];
    if (doc && fileRefs.length > 0) {
      // Below the root, the keyword walk that found each reference knew whether it applies in
      // place; anywhere else the document is walked from that node.
      const inPlace =
        pointer === ''
          ? (ref: ResolvedRef) => ref.inPlace
          : definitionPointers(doc).has(pointer)
            ? (ref: ResolvedRef) => appliesInPlaceBelow(pointer, ref.pointer)
            : (ref: ResolvedRef) => inPlaceBelow(doc.parsed(), pointer).has(ref.pointer);
      for (const ref of fileRefs) {
        if (inPlace(ref)) edges.push({ target: node(ref.targetId, ref.targetPointer), from: doc, ref });
      }
    }
    edgesCache.set(key, edges);
    return edges;
  };

  const state = new Map<string, 'active' | 'done'>();
  const stack: { key: string; via?: { from: LoadedDocument; ref: ResolvedRef } }[] = [];
  const reported = new Set<string>();
  const visit = (key: string, via?: { from: LoadedDocument; ref: ResolvedRef }): void => {
    state.set(key, 'active');
    stack.push(via ? { key, via } : { key });
    for (const edge of edgesOf(key)) {
      const s = state.get(edge.target);
      if (s === 'active') report(edge.target, edge);
      else if (s === undefined) visit(edge.target, edge);
    }
    stack.pop();
    state.set(key, 'done');
  };
  const report = (start: string, closing: { from: LoadedDocument; ref: ResolvedRef }) => {
    const at = stack.findIndex((s) => s.key === start);
    const members = stack.slice(at);
    const cycleKey = members.map((m) => m.key).sort().join(' ');
    if (reported.has(cycleKey)) return;
    reported.add(cycleKey);
    const path = [...members.map((m) => m.key), start].map(short).join(' → ');
    closing.from.ctx.report(
      'ref-cycle',
      'error',
      `"$ref" cycle without any property or item in between: ${path}. No type or validator can be generated for a schema that is an alias of itself.`,
      `${closing.ref.pointer}/$ref`,
      { hint: 'Break the cycle: one of the schemas must add structure (e.g. an object property) instead of only referring on.' },
    );
  };
  const roots = [...docs.keys()].sort();
  for (const id of roots) {
    for (const ref of refs.get(id) ?? []) {
      const key = node(ref.targetId, ref.targetPointer);
      if (!state.has(key)) visit(key);
    }
  }
}

/**
 * Pointers of the subschemas that apply in place at `pointer` (itself included), memoised by
 * document: a document shared by several loads in one process is walked once.
 */
const inPlaceMemo = new WeakMap<object, Map<string, ReadonlySet<string>>>();

export function inPlaceBelow(doc: Record<string, unknown>, pointer: string): ReadonlySet<string> {
  let byPointer = inPlaceMemo.get(doc);
  if (byPointer === undefined) inPlaceMemo.set(doc, (byPointer = new Map()));
  let found = byPointer.get(pointer);
  if (found === undefined) {
    const out = new Set<string>();
    walkSchema(valueAt(doc, pointer), pointer, (v) => {
      if (!v.inPlace) return false;
      out.add(v.pointer);
      return true;
    });
    byPointer.set(pointer, (found = out));
  }
  return found;
}

/** The pointers of a document's `$defs` entries (nodes of its keyword walk), memoised by scan. */
const definitionsMemo = new WeakMap<object, ReadonlySet<string>>();

function definitionPointers(doc: LoadedDocument): ReadonlySet<string> {
  let found = definitionsMemo.get(doc.scan);
  if (found === undefined) definitionsMemo.set(doc.scan, (found = new Set(doc.scan.definitions.map((d) => d.pointer))));
  return found;
}

/**
 * Whether the subschema at `to` applies in place at `from`, read off the pointers: `from` is a
 * node of the keyword walk and `to` one below it (the walk found the `$ref` there), so the tokens
 * between them are the walk's own steps — a keyword, then an index or a name for the array and
 * map keywords — and it applies in place when every step does. The same answer as walking the
 * document from `from` ({@link inPlaceBelow}), without parsing it.
 */
export function appliesInPlaceBelow(from: string, to: string): boolean {
  if (to === from) return true;
  if (!to.startsWith(`${from}/`)) return false;
  const tokens = to.slice(from.length + 1).split('/');
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.replace(/~1/g, '/').replace(/~0/g, '~');
    // `in`, as walkSchema tests keywords.
    if (key in SINGLE_SCHEMA_KEYWORDS) {
      if (!SINGLE_SCHEMA_KEYWORDS[key]) return false;
    } else if (key in ARRAY_SCHEMA_KEYWORDS || key in MAP_SCHEMA_KEYWORDS) {
      if (!(key in ARRAY_SCHEMA_KEYWORDS ? ARRAY_SCHEMA_KEYWORDS[key] : MAP_SCHEMA_KEYWORDS[key])) return false;
      if (++i >= tokens.length) return false; // the keyword's array or map, not a schema in it
    } else {
      return false;
    }
  }
  return true;
}

function short(key: string): string {
  return key.replace(/^https:\/\/[^/]+\//, '').replace(/#$/, '');
}
