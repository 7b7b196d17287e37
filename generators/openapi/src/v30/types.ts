import type { MutableJson, MutableObject } from '../json.js';
import { addConjunct, type Rewrite } from './context.js';

/**
 * `type` as 3.0 knows it: one name, no `"null"`, null through `nullable` (which OpenAPI 3.0.3
 * defines only next to a `type`). All exact under 3.0.3:
 * - `["string", "null"]` → `type: string, nullable: true`;
 * - `["string"]` → `type: string`;
 * - several non-null types → `anyOf: [{type: a}, {type: b}]` (each with `nullable` if null was
 *   among them); keywords of one type ignore values of the others, so the siblings stay;
 * - `"null"` alone → `type: string, nullable: true, enum: [null]` (reported as info: precise, but
 *   odd in generated code).
 */
export const rewriteTypes: Rewrite = (node, pointer, cx) => {
  const type = node['type'];
  if (type === undefined) return;
  const names = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  const nullable = names.includes('null');
  const others = names.filter((t) => t !== 'null');
  if (others.length === 1) {
    node['type'] = others[0]!;
    if (nullable) node['nullable'] = true;
    return;
  }
  delete node['type'];
  if (others.length === 0) {
    if (!nullable) return;
    Object.assign(node, nullOnly(node));
    cx.reporter.report(cx.record, 'openapi30-null-type', `${pointer}/type`, 'OpenAPI 3.0 has no "null" type: written as a nullable string that only accepts null.');
    return;
  }
  addConjunct(node, { anyOf: others.map((t): MutableJson => (nullable ? { type: t, nullable: true } : { type: t })) });
};

function nullOnly(node: MutableObject): MutableObject {
  const out: MutableObject = { type: 'string', nullable: true };
  if (!('enum' in node)) out['enum'] = [null];
  return out;
}
