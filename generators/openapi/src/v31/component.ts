import { childPointer, valueAt, type JsonValue, type Reference, type SchemaRecord } from '@ndd/registry';
import { cloneJson, isObject, type MutableJson, type MutableObject } from '../json.js';
import type { ComponentPlan, PlannedComponent } from '../plan/plan.js';
import type { Reporter } from '../report.js';
import { forEachSubschema } from '../subschemas.js';
import { ADDED, keepsExtension } from './extensions.js';

/** Code lists longer than this keep only their `enum` in the documents, with a pointer to the code table. */
export const MAX_INLINE_CODES = 300;

/** A `$ref` that points inside a component: checked against each finished document. */
export interface InnerRef {
  readonly record: SchemaRecord;
  /** Pointer of the schema holding the `$ref`, in the source file. */
  readonly pointer: string;
  readonly ref: string;
}

/** What the 3.1 pass needs. */
export interface Component31Context {
  readonly plan: ComponentPlan;
  readonly reporter: Reporter;
  /** `$ref`s that land inside a component rather than on one. */
  readonly innerRefs: InnerRef[];
  /** The npm package of a domain, for bundled components. */
  readonly packageOf: (domain: string) => string;
}

/**
 * The OpenAPI 3.1 Schema Object of a component: the dictionary's JSON Schema with every `$ref`
 * pointing at a component, `$defs` lifted out (they are components of their own), `$schema`,
 * `$id` and `$anchor` removed (a component with an `$id` would resolve relative references
 * against that URL, not against the OpenAPI document), and the extensions chosen in
 * `extensions.ts`. Every other node keeps its place, so a pointer into the result is the same
 * pointer into the source (relative to the component), which the 3.0 pass relies on.
 */
export function component31(component: PlannedComponent, cx: Component31Context): MutableJson {
  const { record, pointer } = component;
  const refsByPointer = new Map<string, Reference>(record.references.map((r) => [r.pointer, r]));
  const source = valueAt(record.schema, pointer) as JsonValue;
  const converted = convert(source, pointer, record, refsByPointer, cx);
  if (!isObject(converted)) return converted;
  const root: MutableObject = {};
  root[ADDED.id] = pointer === '' ? record.id : `${record.id}#${pointer}`;
  if (!component.local) root[ADDED.package] = cx.packageOf(record.domain);
  if (pointer === '' && record.metadata.deprecated !== undefined && !('deprecated' in converted)) root['deprecated'] = true;
  return Object.assign(root, converted);
}

function convert(node: JsonValue, pointer: string, record: SchemaRecord, refs: ReadonlyMap<string, Reference>, cx: Component31Context): MutableJson {
  if (!isObject(node)) return cloneJson(node);
  const out: MutableObject = {};
  for (const key of Object.keys(node)) {
    const value = node[key]!;
    const at = childPointer(pointer, key);
    switch (key) {
      case '$schema':
      case '$id':
      case '$anchor':
      case '$defs':
        continue;
      case '$dynamicRef':
        cx.reporter.report(record, 'openapi-dynamic-ref', at, `"$dynamicRef" ${JSON.stringify(value)} cannot be kept: its target depends on the dynamic scope, which components do not preserve.`, {
          hint: 'Use a plain $ref to the schema meant; ndd schemas have no use for dynamic references.',
        });
        continue;
      case '$dynamicAnchor':
        cx.reporter.report(record, 'openapi-dynamic-anchor', at, '"$dynamicAnchor" is removed: there is no dynamic scope once schemas are components.');
        continue;
      case '$vocabulary':
        cx.reporter.report(record, 'openapi-vocabulary', at, '"$vocabulary" belongs in a meta-schema and is removed from the component.');
        continue;
      case '$ref': {
        const ref = refs.get(pointer);
        const target = ref && cx.plan.targetOf(ref.targetId, ref.targetPointer);
        if (!target) {
          cx.reporter.report(record, 'openapi-unresolved-ref', at, `"$ref" ${JSON.stringify(value)} could not be resolved and is removed.`, {
            hint: 'Fix the reference: `ndd lint` reports why it does not resolve.',
          });
          continue;
        }
        if (target.rest !== '') {
          cx.reporter.report(record, 'openapi-ref-into-schema', at, `"$ref" ${JSON.stringify(value)} points inside a schema; it is written ${JSON.stringify(target.ref)}.`, {
            hint: 'Move the target under $defs (it then becomes a component of its own) and reference it there.',
          });
          cx.innerRefs.push({ record, pointer, ref: target.ref });
        }
        out[key] = target.ref;
        continue;
      }
    }
    if (key.startsWith('x-')) {
      if (key === 'x-codes' && isObject(value) && Object.keys(value).length > MAX_INLINE_CODES) {
        // Thousands of labelled codes (3,321 communes; 10,035 pre-reform ones) would make the
        // document megabytes long for tools that render it whole: point at the code table instead.
        out[ADDED.codeTable] = { module: `${cx.packageOf(record.domain)}/${record.name}/v${record.major}`, count: Object.keys(value).length };
        continue;
      }
      if (keepsExtension(key)) out[key] = cloneJson(value);
      continue;
    }
    out[key] = forEachSubschema(key, value, at, (child, childAt) => convert(child, childAt, record, refs, cx)) ?? cloneJson(value);
  }
  return out;
}
