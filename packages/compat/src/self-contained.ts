/**
 * A node of a normalised document as a small self-contained schema: the node itself, with only
 * the `$ref` targets it reaches (transitively) copied under `$defs`.
 *
 * Why: compiling a node that references `urn:ndd:doc-N#/$defs/x` makes ajv compile the whole
 * document `doc-N` first (it needs the root's environment to resolve the fragment). On a
 * 500-property document that is ~150 ms per side, for one property's subschema. A copy that
 * carries only what it reaches compiles in proportion to its own size.
 */
import { ARRAY_SCHEMA_KEYWORDS, MAP_SCHEMA_KEYWORDS, SINGLE_SCHEMA_KEYWORDS } from './keywords.js';
import { isObject, type Json, type JsonObject } from './json.js';

const SINGLE: ReadonlySet<string> = new Set(SINGLE_SCHEMA_KEYWORDS);
const MAP: ReadonlySet<string> = new Set(MAP_SCHEMA_KEYWORDS);
const ARRAY: ReadonlySet<string> = new Set(ARRAY_SCHEMA_KEYWORDS);
/** Identifiers that would change how the copy's references resolve. */
const DROPPED: ReadonlySet<string> = new Set(['$id', '$schema', '$anchor', '$dynamicAnchor']);
const DEFS = 'ndd-local';

/**
 * The self-contained form of `node`, or undefined when one of its references does not resolve.
 * `resolve` maps an absolute reference to its target node.
 */
export function selfContained(node: Json, resolve: (ref: string) => Json | undefined): Json | undefined {
  const names = new Map<string, string>();
  const defs: JsonObject = {};
  const queue: [string, Json][] = [];
  let broken = false;
  const refTo = (ref: string): string => {
    let name = names.get(ref);
    if (name === undefined) {
      const target = resolve(ref);
      if (target === undefined) {
        broken = true;
        return ref;
      }
      name = `r${names.size}`;
      names.set(ref, name);
      queue.push([name, target]);
    }
    return `#/$defs/${DEFS}/${name}`;
  };
  const copy = (s: Json): Json => {
    if (!isObject(s)) return s;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(s)) {
      if (DROPPED.has(k)) continue;
      if (k === '$ref' && typeof v === 'string') out[k] = refTo(v);
      else if (SINGLE.has(k)) out[k] = copy(v as Json);
      else if (ARRAY.has(k) && Array.isArray(v)) out[k] = v.map(copy);
      else if (MAP.has(k) && isObject(v)) {
        // $defs are only containers: what is referenced is copied under our own $defs.
        if (k === '$defs' || k === 'definitions') continue;
        out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, copy(x as Json)]));
      } else out[k] = v;
    }
    return out;
  };
  const top = copy(node);
  while (queue.length > 0) {
    const [name, target] = queue.shift()!;
    defs[name] = copy(target);
  }
  if (broken) return undefined;
  if (names.size === 0) return top;
  // A boolean node has no references, so `top` is an object here.
  return { ...(top as JsonObject), $defs: { [DEFS]: defs } };
}
