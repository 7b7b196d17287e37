import type { Dictionary, JsonObject, JsonValue, SchemaRecord } from './model.js';
import { escapeToken, parsePointer } from './text/pointer.js';
import { deepFreeze } from './freeze.js';

/** The standard dialect a bundle declares: plain JSON Schema 2020-12, readable by any tool. */
export const JSON_SCHEMA_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * One self-contained document for a dictionary schema: every schema it reaches through `$ref`
 * is copied under `$defs` (keyed by its path, e.g. `core~1person~1v1` → `$defs/core/person/v1`
 * escaped), and every cross-file `$ref` is rewritten to point there. The bundle declares plain
 * JSON Schema 2020-12 and keeps the `x-` annotations, so tools that know nothing of ndd (the
 * compatibility engine, ajv without our vocabulary in non-strict mode) read it with the same
 * instance set as the dictionary.
 *
 * Read-only: to stay cheap on large dictionaries, a bundle shares every part it does not rewrite
 * with the dictionary's (frozen) schemas and with other bundles.
 */
export function bundleSchema(dictionary: Dictionary, id: string): JsonObject {
  const { keys, shared } = memoOf(dictionary);
  const keyOf = (targetId: string) => {
    let key = keys.get(targetId);
    if (key === undefined) {
      const record = dictionary.schemas.get(targetId)!;
      keys.set(targetId, (key = `${record.domain}/${record.name}/v${record.major}`));
    }
    return key;
  };
  const root = dictionary.schemas.get(id)!;
  const pointingAtRoot = new Set(dictionary.dependentsOf(id));
  const rootCopy = rewriteRecord(root, id, keyOf);
  const ownDefs = (rootCopy['$defs'] ?? {}) as Record<string, JsonValue>;
  // Built in place (own definitions first), breadth first over what the root reaches.
  const defs: Record<string, JsonValue> = { ...ownDefs };
  const seen = new Set<string>([id]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const record = queue[i]!;
    for (const ref of record.references) {
      if (!seen.has(ref.targetId)) {
        seen.add(ref.targetId);
        queue.push(dictionary.schemas.get(ref.targetId)!);
      }
    }
    if (i === 0) continue;
    // A definition that does not point back at the bundle's root reads the same in every bundle:
    // it is built once per dictionary and shared (frozen), so bundling a schema costs the size of
    // its own file, not of everything it reaches.
    const pointsAtRoot = pointingAtRoot.has(record.id);
    let rewritten = pointsAtRoot ? undefined : shared.get(record.id);
    if (rewritten === undefined) {
      rewritten = rewriteRecord(record, id, keyOf);
      if (!pointsAtRoot) shared.set(record.id, deepFreeze(rewritten));
    }
    const key = keyOf(record.id);
    if (Object.hasOwn(ownDefs, key)) throw new Error(`Cannot bundle ${id}: its own $defs already has "${key}".`);
    defs[key] = rewritten;
  }
  return {
    $schema: JSON_SCHEMA_2020_12,
    $id: id,
    ...rootCopy,
    ...(queue.length > 1 || rootCopy['$defs'] ? { $defs: defs } : {}),
  } as JsonObject;
}

/**
 * Per dictionary: the definitions shared by its bundles, by `$id`, and each schema's `$defs` key
 * (made once, so that every bundle uses the same strings).
 */
const memoByDictionary = new WeakMap<Dictionary, { readonly shared: Map<string, Record<string, JsonValue>>; readonly keys: Map<string, string> }>();

function memoOf(dictionary: Dictionary): { readonly shared: Map<string, Record<string, JsonValue>>; readonly keys: Map<string, string> } {
  let memo = memoByDictionary.get(dictionary);
  if (memo === undefined) memoByDictionary.set(dictionary, (memo = { shared: new Map(), keys: new Map() }));
  return memo;
}

/**
 * A record's schema as it reads inside the bundle of `rootId`: references rebased, no
 * `$schema`/`$id`. Only the objects on the way to a `$ref` are copied; everything else is shared
 * with the record's (deeply frozen) schema, so bundling costs the references, not the bytes.
 */
function rewriteRecord(record: SchemaRecord, rootId: string, keyOf: (id: string) => string): Record<string, JsonValue> {
  const { $schema: _schema, $id: _id, ...top } = record.schema as Record<string, JsonValue>;
  const copies = new WeakSet<object>([top]);
  for (const ref of record.references) {
    // Inside the bundle, the root stays '#'; every other schema lives at #/$defs/<key>.
    const base = ref.targetId === rootId ? '#' : `#/$defs/${escapeToken(keyOf(ref.targetId))}`;
    // A local reference of a copied schema must be rebased onto its new place, too.
    const holder = copyPath(top, parsePointer(ref.pointer) ?? [], copies);
    if (holder !== undefined && typeof holder['$ref'] === 'string') holder['$ref'] = `${base}${ref.targetPointer}`;
  }
  return top;
}

/** The object at `tokens` below `root`, each container on the way replaced by a copy (once). */
function copyPath(root: Record<string, JsonValue>, tokens: readonly string[], copies: WeakSet<object>): Record<string, JsonValue> | undefined {
  let node: Record<string, JsonValue> | JsonValue[] = root;
  for (const token of tokens) {
    const child: JsonValue | undefined = Array.isArray(node) ? node[Number(token)] : Object.hasOwn(node, token) ? node[token] : undefined;
    if (child === null || typeof child !== 'object') return undefined;
    let copy = child;
    if (!copies.has(child)) {
      copy = Array.isArray(child) ? [...child] : { ...(child as Record<string, JsonValue>) };
      copies.add(copy);
      if (Array.isArray(node)) node[Number(token)] = copy;
      else node[token] = copy;
    }
    node = copy as Record<string, JsonValue> | JsonValue[];
  }
  return Array.isArray(node) ? undefined : node;
}

