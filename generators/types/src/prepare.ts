import type { Dictionary, SchemaRecord } from '@ndd/registry';
import { childPointer, valueAt } from '@ndd/registry';
import type { JSONSchema } from 'json-schema-to-typescript';
import { docText, type RootDoc } from './tsdoc.js';

/** A type this module imports from another module. */
export interface TypeImport {
  /** `$id` of the schema that declares it. */
  readonly id: string;
  /** Exported name in that module. */
  readonly name: string;
  /** Placeholder written in the prepared schema; replaced by the local name once all names are known. */
  readonly placeholder: string;
}

/** A schema turned into json-schema-to-typescript's input. */
export interface PreparedSchema {
  readonly input: JSONSchema;
  readonly imports: TypeImport[];
  /** `$defs` names of this file that are referenced and must be declared as their own types. */
  readonly defs: Set<string>;
}

/** What `prepare` needs to name things. */
export interface PrepareContext {
  readonly dictionary: Dictionary;
  readonly record: SchemaRecord;
  /** `$id` → exported name (from @ndd/generator-kit's exportNames). */
  readonly names: ReadonlyMap<string, string>;
}

/** Name of the type declared for `$defs/<def>` of a schema: `PersonAddress`. */
export function defTypeName(ownerName: string, def: string): string {
  return ownerName + def.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
}

/**
 * Rewrites one (sub)schema for json-schema-to-typescript, fixing what it gets wrong:
 * - every `$ref` becomes a `tsType` naming the one declaration of its target (imported when it
 *   lives elsewhere), so nothing is inlined or copied and no `Address1` is ever numbered;
 * - `prefixItems` become a tuple (it would give `never[]`); `unevaluatedProperties` counts as
 *   `additionalProperties` for the type (it would be ignored);
 * - titles are removed (it would name types after the Vietnamese title) and turned, with the
 *   other labels, into TSDoc text; `readOnly` is marked for the post-pass that adds `readonly`.
 */
export function prepare(ctx: PrepareContext, pointer: string, root?: RootDoc): PreparedSchema {
  const imports: TypeImport[] = [];
  const defs = new Set<string>();
  const input = convert(ctx, valueAt(ctx.record.schema, pointer), pointer, imports, defs, root) as JSONSchema;
  return { input, imports, defs };
}

const DROPPED = new Set([
  '$schema', '$id', '$defs', '$comment', '$anchor', 'title', 'x-title-en', 'description', 'x-description-en', 'examples',
  'x-ndd', 'x-aliases', 'x-legal-basis', 'x-codes', 'x-counterexamples', 'readOnly', 'writeOnly', 'deprecated',
  'dependentRequired', 'dependentSchemas', 'if', 'then', 'else', 'not', 'contains', 'minContains', 'maxContains',
  'unevaluatedProperties', 'unevaluatedItems', 'prefixItems', 'propertyNames', 'contentEncoding', 'contentMediaType',
  'contentSchema', 'default', '$ref',
]);

function convert(ctx: PrepareContext, node: unknown, pointer: string, imports: TypeImport[], defs: Set<string>, root?: RootDoc): unknown {
  if (node === true || node === undefined) return {};
  if (node === false) return { tsType: 'never' };
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
  const schema = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const doc = docText(schema, root);
  if (doc) out['description'] = doc;

  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue;
    const here = childPointer(pointer, key);
    switch (key) {
      case 'properties':
      case 'patternProperties': {
        const map: Record<string, unknown> = {};
        for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
          map[name] = convert(ctx, sub, childPointer(here, name), imports, defs);
        }
        out[key] = map;
        break;
      }
      case 'items':
        if (!Array.isArray(schema['prefixItems'])) out['items'] = convert(ctx, value, here, imports, defs);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = (value as unknown[]).map((sub, i) => convert(ctx, sub, childPointer(here, i), imports, defs));
        break;
      case 'additionalProperties':
        out[key] = typeof value === 'boolean' ? value : convert(ctx, value, here, imports, defs);
        break;
      default:
        out[key] = value;
    }
  }
  if (Array.isArray(schema['prefixItems'])) {
    out['items'] = schema['prefixItems'].map((sub, i) => convert(ctx, sub, childPointer(pointer, `prefixItems/${i}`), imports, defs));
    const rest = schema['items'];
    out['additionalItems'] = rest === undefined ? true : rest === false ? false : convert(ctx, rest, childPointer(pointer, 'items'), imports, defs);
  }
  if (schema['unevaluatedProperties'] !== undefined && schema['additionalProperties'] === undefined) {
    const u = schema['unevaluatedProperties'];
    out['additionalProperties'] = typeof u === 'boolean' ? u : convert(ctx, u, childPointer(pointer, 'unevaluatedProperties'), imports, defs);
  }
  if (typeof schema['$ref'] === 'string') {
    const tsType = refType(ctx, pointer, imports, defs);
    const rest = Object.keys(out).filter((k) => k !== 'description');
    if (rest.length === 0) {
      out['tsType'] = tsType;
    } else {
      // 2020-12 allows keywords beside $ref: both apply, so the type is an intersection.
      const sibling: Record<string, unknown> = {};
      for (const k of rest) {
        sibling[k] = out[k];
        delete out[k];
      }
      out['allOf'] = [{ tsType }, sibling];
    }
  }
  return out;
}

function refType(ctx: PrepareContext, pointer: string, imports: TypeImport[], defs: Set<string>): string {
  const ref = ctx.record.references.find((r) => r.pointer === pointer);
  if (!ref) return 'unknown'; // the loader reported it as dangling
  const ownName = ctx.names.get(ctx.record.id)!;
  const targetName = ctx.names.get(ref.targetId);
  if (!targetName) return 'unknown';
  const def = /^\/\$defs\/([^/]+)$/.exec(ref.targetPointer);
  if (ref.targetId === ctx.record.id) {
    if (ref.targetPointer === '') return ownName;
    if (def) {
      defs.add(def[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
      return defTypeName(ownName, def[1]!);
    }
    return 'unknown';
  }
  const name = ref.targetPointer === '' ? targetName : def ? defTypeName(targetName, def[1]!) : undefined;
  if (!name) return 'unknown';
  const existing = imports.find((i) => i.id === ref.targetId && i.name === name);
  if (existing) return existing.placeholder;
  // A placeholder, because the local name is known only once every import is (two domains may
  // both export a `Person`; the second import then gets an alias).
  const placeholder = `__ndd_import_${imports.length}__`;
  imports.push({ id: ref.targetId, name, placeholder });
  return placeholder;
}
