/**
 * The reference validator of an ORIGINAL document ("the oracle"): ajv, in the document's own
 * dialect. Every counterexample is verified with it before it is shown.
 *
 * Compiling a whole wide document with ajv costs ~0.3–1 ms a property (a 500-property entity:
 * 150–600 ms), and a dictionary bundle drags in everything it reaches, yet a counterexample
 * search only ever validates instances that carry a few properties. So when the root has a plain
 * object shape — `properties`, `required`, `additionalProperties`, property counts, `type`,
 * annotations and `$defs`, with every `$ref` a local JSON pointer, no nested `$id`, anchors or
 * `unevaluated*` — the root is validated as ajv would, part by part (oracle/store.ts): a shell
 * for `type`, `required` and the counts, then each own key of an object instance by its
 * property's subschema (or `additionalProperties`), each compiled by ajv on first use, with
 * references followed lazily to content-addressed targets (oracle/targets.ts) that are split the
 * same way. That is exactly the meaning of those keywords (a conjunction over the instance's own
 * keys, and `$ref` an in-place conjunct). Every part is judged by ajv but the common forms, which
 * are judged as ajv's generated code judges them: the shells (oracle/shell.ts: a type check, names
 * present, counts) and the leaves (oracle/leaf.ts: a property's type, bounds, lengths, pattern,
 * format, code list). Any other shape of root is compiled whole. oracle.test.ts checks the two
 * agree on every fixture and suite schema, and the shells against ajv; oracle/leaf.test.ts checks
 * the leaves against ajv.
 */
import { compileWith, metaValidWith, type Dialect } from './dialect.js';
import { isObject, type Json, type JsonObject } from './json.js';
import { splittable } from './oracle/facts.js';
import { guard, PartRefused, partOracle, splitObject, storeOf, type Oracle } from './oracle/store.js';
import { TargetIds } from './oracle/targets.js';

export type { Oracle } from './oracle/store.js';

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

/** Options of {@link compileOracle}. */
export interface OracleOptions {
  /**
   * The caller vouches that the document is valid against its dialect's meta-schema (the
   * dictionary loader checked every file, and a bundle only rewrites references), so the check
   * that guards splitting is skipped.
   */
  readonly metaValidated?: boolean;
  /**
   * The caller vouches that every `$ref` in the document is a local JSON pointer that resolves
   * (a dictionary bundle is built so), so they are not all resolved before splitting. Safe even
   * when wrong: a reference that does not resolve is refused when a part first needs it, and the
   * document is then compiled whole, as one that is not vouched for would be.
   */
  readonly closed?: boolean;
}

/** Compiles `schema` (an original document in `dialect`) into an oracle. Throws what ajv throws. */
export function compileOracle(schema: Json, dialect: Dialect, options: OracleOptions = {}): Oracle {
  const split = isObject(schema) ? splitRoot(schema, dialect, options) : undefined;
  if (split !== undefined) return split;
  return guard(compileWith(dialect, schema));
}

/** True when {@link compileOracle} validates `schema` part by part (for tests and diagnostics). */
export function isSplit(schema: Json, dialect: Dialect): boolean {
  return isObject(schema) && splitRoot(schema, dialect, {}) !== undefined;
}

function splitRoot(root: JsonObject, dialect: Dialect, options: OracleOptions): Oracle | undefined {
  if (!Object.keys(root).every((k) => SPLITTABLE_ROOT.has(k) || k.startsWith('x-') || (k === 'id' && dialect === 'draft-04'))) return undefined;
  const rootId = typeof root.$id === 'string' ? root.$id : dialect === 'draft-04' && typeof root.id === 'string' ? root.id : undefined;
  // Whatever could make ajv refuse the document must be found now, not on a part's first use:
  // split only a document that is meta-valid, whose patterns compile and whose references resolve.
  if ((options.metaValidated !== true && !metaValidWith(dialect, root)) || !splittable(root, rootId, options.closed === true)) return undefined;
  const store = storeOf(dialect);
  const targets = new TargetIds(store, root, rootId, dialect);
  let split: Oracle | undefined;
  try {
    split = splitObject(store, root, (node) => partOracle(store, targets.copy(node)));
  } catch (e) {
    if (!(e instanceof PartRefused)) throw e;
  }
  if (split === undefined) return undefined;
  // Should ajv still refuse a part (or a target) on first use, the document is compiled whole
  // after all; if ajv refuses that too, the error reaches the caller as it would have at once.
  let whole: Oracle | undefined;
  const parts = split;
  return (x) => {
    if (whole !== undefined) return whole(x);
    try {
      return parts(x);
    } catch (e) {
      if (!(e instanceof PartRefused)) throw e;
      whole = guard(compileWith(dialect, root));
      return whole(x);
    }
  };
}
