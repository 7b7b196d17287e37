import type { SchemaRecord } from '@ndd/registry';
import type { MutableJson, MutableObject } from '../json.js';
import type { Reporter } from '../report.js';

/** What every 3.0 rewrite receives besides the node. */
export interface DownContext {
  /** The file the component comes from (pointers are into it). */
  readonly record: SchemaRecord;
  readonly reporter: Reporter;
}

/**
 * One rewrite family of the 3.0 down-conversion. It gets a schema object whose subschemas are
 * already 3.0 (so it never recurses) and edits it in place. `pointer` is the object's JSON
 * pointer in the source file; `inPlace` says whether the 2020-12 schema had in-place applicators
 * (`allOf`, `anyOf`, `oneOf`, `$ref`, `if`/`then`/`else`, `dependentSchemas`), which decides
 * whether the `unevaluated*` keywords can be rewritten exactly.
 */
export type Rewrite = (node: MutableObject, pointer: string, cx: DownContext, facts: NodeFacts) => void;

/** Facts about the 2020-12 node, taken before any rewrite changed it. */
export interface NodeFacts {
  readonly hasInPlaceApplicators: boolean;
}

/**
 * Adds a schema that must also hold (a conjunct) without touching the node's own `anyOf`,
 * `oneOf` or `not`: it goes into `allOf`, created if needed.
 */
export function addConjunct(node: MutableObject, schema: MutableJson): void {
  const existing = node['allOf'];
  if (Array.isArray(existing)) existing.push(schema);
  else node['allOf'] = [schema];
}

/** The keywords that apply subschemas to the instance itself. */
export const IN_PLACE_APPLICATORS: readonly string[] = ['allOf', 'anyOf', 'oneOf', '$ref', 'if', 'then', 'else', 'dependentSchemas'];
