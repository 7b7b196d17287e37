import type { MutableJson } from '../json.js';
import type { Rewrite } from './context.js';

/**
 * Object keywords 3.0 lacks.
 *
 * - `unevaluatedProperties` with no in-place applicator means "properties not matched by
 *   `properties` or `patternProperties`", which is what `additionalProperties` means: it becomes
 *   `additionalProperties`, exactly (or is dropped, exactly, when `additionalProperties` is
 *   there: it already evaluates every other property). Next to `allOf`, `$ref`, `if`… the
 *   properties those declare would count as evaluated, which 3.0 cannot say: removed, warning.
 * - `patternProperties`: 3.0's `additionalProperties` would then also apply to the properties the
 *   patterns covered, a *tightening*; so the pattern schemas join `additionalProperties` as
 *   alternatives (`anyOf`), or are removed when additional properties were free anyway. A
 *   loosening (a property is no longer matched to its own pattern), warning.
 * - `propertyNames`: removed, warning.
 */
export const rewriteObjects: Rewrite = (node, pointer, cx, facts) => {
  if ('unevaluatedProperties' in node) {
    const unevaluated = node['unevaluatedProperties']!;
    delete node['unevaluatedProperties'];
    if (facts.hasInPlaceApplicators) {
      cx.reporter.report(cx.record, 'openapi30-unevaluated-properties', `${pointer}/unevaluatedProperties`, '"unevaluatedProperties" next to in-place applicators ("allOf", "$ref", "if", …) cannot be expressed in OpenAPI 3.0 and is removed: extra properties are no longer rejected.', {
        hint: 'Consumers of the 3.1 document keep the check; in 3.0, state the allowed properties in one object with "additionalProperties": false if the API needs it.',
      });
    } else if (!('additionalProperties' in node)) {
      node['additionalProperties'] = unevaluated;
    }
  }

  const patterns = node['patternProperties'];
  if (patterns !== undefined) delete node['patternProperties'];
  if (patterns !== undefined && patterns !== null && typeof patterns === 'object' && !Array.isArray(patterns) && Object.keys(patterns).length > 0) {
    const schemas = Object.values(patterns);
    const additional = node['additionalProperties'];
    if (additional !== undefined && additional !== true && !isEmptySchema(additional) && schemas.length > 0) {
      const alternatives: MutableJson[] = additional === false ? schemas : [additional, ...schemas];
      node['additionalProperties'] = alternatives.length === 1 ? alternatives[0]! : { anyOf: alternatives };
    }
    cx.reporter.report(cx.record, 'openapi30-pattern-properties', `${pointer}/patternProperties`, `"patternProperties" (${Object.keys(patterns).map((p) => JSON.stringify(p)).join(', ')}) cannot be expressed in OpenAPI 3.0: property names are no longer matched to their pattern's schema.`);
  }

  if ('propertyNames' in node) {
    delete node['propertyNames'];
    cx.reporter.report(cx.record, 'openapi30-property-names', `${pointer}/propertyNames`, '"propertyNames" cannot be expressed in OpenAPI 3.0 and is removed: property names are no longer checked.');
  }
};

function isEmptySchema(schema: MutableJson): boolean {
  return schema !== null && typeof schema === 'object' && !Array.isArray(schema) && Object.keys(schema).length === 0;
}
