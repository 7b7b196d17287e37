import type { Dictionary, JsonObject, SchemaRecord } from '@ndd/registry';
import { walkSchema } from '@ndd/registry';

/** `[vi, en]` label of a schema node. */
export type Label = readonly [vi: string, en: string];

/**
 * The label of every titled node of a schema, keyed as ajv spells the node in an error's
 * `schemaPath` (`#/properties/h%C3%B4` — each pointer segment URI-encoded). A node that is only
 * a `$ref` to another dictionary schema takes that schema's title, so that a missing required
 * property is named even when its own node carries no title.
 */
export function labelTable(dictionary: Dictionary, record: SchemaRecord): Map<string, Label> {
  const table = new Map<string, Label>();
  walkSchema(record.schema, '', ({ node, pointer }) => {
    const label = ownLabel(node) ?? refLabel(dictionary, record, node);
    if (label) table.set(schemaPathOf(pointer), label);
  });
  return table;
}

/** ajv's spelling of a JSON pointer inside `schemaPath`. */
export function schemaPathOf(pointer: string): string {
  if (pointer === '') return '#';
  return `#/${pointer
    .split('/')
    .slice(1)
    .map((segment) => encodeURIComponent(segment))
    .join('/')}`;
}

function ownLabel(node: Readonly<Record<string, unknown>>): Label | undefined {
  const vi = node['title'];
  const en = node['x-title-en'];
  if (typeof vi !== 'string') return undefined;
  return [vi, typeof en === 'string' ? en : vi];
}

function refLabel(dictionary: Dictionary, record: SchemaRecord, node: Readonly<Record<string, unknown>>): Label | undefined {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return undefined;
  let target: string;
  try {
    target = new URL(ref, record.id).href;
  } catch {
    return undefined;
  }
  const [base, fragment = ''] = target.split('#');
  if (fragment !== '' || base === undefined) return undefined;
  const other = dictionary.schemas.get(base);
  return other ? ownLabel(other.schema as JsonObject) : undefined;
}
