import type { Dictionary, JsonObject, SchemaRecord } from '@ndd/registry';
import { walkSchema } from '@ndd/registry';

/** `[vi, en]` label of a schema node. */
export type Label = readonly [vi: string, en: string];

/** The label another dictionary schema gives its root, read from its module at run time. */
export interface LabelOf {
  /** That schema's `$id`. */
  readonly ref: string;
}

/** A node's label: its own, or its `$ref` target's. */
export type LabelEntry = Label | LabelOf;

/**
 * The label of every titled node of a schema, keyed as ajv spells the node in an error's
 * `schemaPath` (`#/properties/h%C3%B4` — each pointer segment URI-encoded). A node that is only
 * a `$ref` to another dictionary schema takes that schema's title, so that a missing required
 * property is named even when its own node carries no title: as a {@link LabelOf}, which the
 * module resolves through the target module's label table when an error is reported, not as a
 * copy. So a module's code does not depend on the titles of the schemas it references, and
 * editing a title regenerates one validator, not every referrer's.
 */
export function labelTable(dictionary: Dictionary, record: SchemaRecord): Map<string, LabelEntry> {
  const table = new Map<string, LabelEntry>();
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

/** Whether a label entry is another schema's (see {@link LabelOf}). */
export function isLabelOf(entry: LabelEntry | undefined): entry is LabelOf {
  return entry !== undefined && !Array.isArray(entry);
}

function refLabel(dictionary: Dictionary, record: SchemaRecord, node: Readonly<Record<string, unknown>>): LabelEntry | undefined {
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
  if (base === record.id) return ownLabel(record.schema as JsonObject);
  return dictionary.schemas.has(base) ? { ref: base } : undefined;
}
