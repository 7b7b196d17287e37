import { createHash } from 'node:crypto';
import { withoutAnnotations, type Dictionary, type SchemaRecord } from '@ndd/registry';
import { closureOf } from './closure.js';

/**
 * The identity of a schema's bundle: a hash of the `$id` and content hash of every file in it
 * (the bundle is a function of exactly those files), so it costs the number of files, not their
 * size. Waiver fingerprints are built from it.
 */
export function bundleHash(dictionary: Dictionary, id: string): string {
  return hashOfClosure(dictionary, id, (record) => record.contentHash);
}

/**
 * The identity of what a schema's bundle asserts: {@link bundleHash} over each file without its
 * annotations. Two bundles with the same assertion hash accept the same instances, in the
 * reader view too, so a comparison with one stands for a comparison with the other.
 */
export function assertionHash(dictionary: Dictionary, id: string): string {
  return hashOfClosure(dictionary, id, assertionsOfRecord);
}

const assertionMemo = new WeakMap<SchemaRecord, string>();

function assertionsOfRecord(record: SchemaRecord): string {
  let hash = assertionMemo.get(record);
  if (hash === undefined) assertionMemo.set(record, (hash = createHash('sha256').update(JSON.stringify(withoutAnnotations(record.schema))).digest('hex')));
  return hash;
}

function hashOfClosure(dictionary: Dictionary, id: string, fileHash: (record: SchemaRecord) => string): string {
  const files = [...closureOf(dictionary, id)].map((x) => `${x} ${fileHash(dictionary.schemas.get(x)!)}`);
  return createHash('sha256').update(files.sort().join('\n')).digest('hex');
}
