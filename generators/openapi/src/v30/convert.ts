import { childPointer } from '@ndd/registry';
import { isObject, type MutableJson, type MutableObject } from '../json.js';
import { ARRAY, MAP, SINGLE } from '../subschemas.js';
import { rewriteAnnotations } from './annotations.js';
import { rewriteArrays } from './arrays.js';
import { booleanSchema } from './booleans.js';
import { rewriteBounds } from './bounds.js';
import { rewriteConditionals } from './conditionals.js';
import { IN_PLACE_APPLICATORS, type DownContext, type Rewrite } from './context.js';
import { rewriteDependencies } from './dependencies.js';
import { rewriteConst } from './enum.js';
import { OPENAPI_30_SCHEMA_FIELDS } from './keywords.js';
import { rewriteObjects } from './objects.js';
import { rewriteRefSiblings } from './ref-siblings.js';
import { rewriteTypes } from './types.js';

/**
 * The rewrites, in order. Order matters: `unevaluated*` become `items`/`additionalProperties`
 * before `prefixItems`/`patternProperties` read those; conjuncts are added to `allOf` before the
 * `$ref` is moved to its front; the type rewrite comes after `prefixItems` may have set `items`.
 */
const REWRITES: readonly Rewrite[] = [
  rewriteAnnotations,
  rewriteConst,
  rewriteBounds,
  rewriteArrays,
  rewriteObjects,
  rewriteDependencies,
  rewriteConditionals,
  rewriteTypes,
  rewriteRefSiblings,
];

/**
 * Down-converts one OpenAPI 3.1 component schema (as built by `component31`) to an OpenAPI
 * 3.0.3 Schema Object. `pointer` is where the schema sits in the source file, so every finding
 * points at the steward's own text. The input is not modified.
 */
export function downConvert(schema: MutableJson, pointer: string, cx: DownContext): MutableObject {
  if (typeof schema === 'boolean') return booleanSchema(schema);
  if (!isObject(schema)) return {};
  const source = schema as MutableObject;
  const node: MutableObject = {};
  for (const key of Object.keys(source)) {
    node[key] = convertChild(key, source[key]!, childPointer(pointer, key), cx);
  }
  const facts = { hasInPlaceApplicators: IN_PLACE_APPLICATORS.some((k) => k in source) };
  for (const rewrite of REWRITES) rewrite(node, pointer, cx, facts);
  for (const key of Object.keys(node)) {
    if (key.startsWith('x-') || OPENAPI_30_SCHEMA_FIELDS.has(key)) continue;
    delete node[key];
    cx.reporter.report(cx.record, 'openapi30-unsupported-keyword', childPointer(pointer, key), `"${key}" has no OpenAPI 3.0 counterpart and is removed.`);
  }
  if (Array.isArray(node['required']) && node['required'].length === 0) delete node['required'];
  return node;
}

function convertChild(key: string, value: MutableJson, pointer: string, cx: DownContext): MutableJson {
  // 3.0 allows a boolean as `additionalProperties`, and `false` there is the idiom everyone
  // reads; `unevaluatedProperties` may become `additionalProperties`, so it keeps its boolean too.
  if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && typeof value === 'boolean') return value;
  if (SINGLE.has(key)) return downConvert(value, pointer, cx);
  if (ARRAY.has(key) && Array.isArray(value)) return value.map((item, i) => downConvert(item, childPointer(pointer, i), cx));
  if (MAP.has(key) && isObject(value)) {
    const out: MutableObject = {};
    for (const name of Object.keys(value)) out[name] = downConvert((value as MutableObject)[name]!, childPointer(pointer, name), cx);
    return out;
  }
  return value;
}
