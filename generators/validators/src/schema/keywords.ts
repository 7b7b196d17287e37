/**
 * Where JSON Schema 2020-12 keeps subschemas, and which keywords only annotate. The generator
 * walks schemas with these tables so that a property *named* `title` or `x-codes` is never
 * mistaken for the keyword.
 */

/** Keywords whose value is one subschema. */
export const SINGLE_SUBSCHEMA = new Set([
  'not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames', 'items', 'contains',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);

/** Keywords whose value is an array of subschemas. */
export const ARRAY_SUBSCHEMAS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** Keywords whose value maps names to subschemas. */
export const MAP_SUBSCHEMAS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

/**
 * Keywords that never change whether an instance is valid. They are stripped before ajv
 * compiles, so no label, description or example text ever reaches the generated code (smaller
 * output, and nothing a steward writes can be spliced into it). `format` is not here: ndd
 * asserts it. `x-codes` is read by the generator before stripping.
 */
export function isAnnotation(keyword: string): boolean {
  return (
    keyword.startsWith('x-') ||
    keyword === '$schema' ||
    keyword === '$comment' ||
    keyword === 'title' ||
    keyword === 'description' ||
    keyword === 'examples' ||
    keyword === 'default' ||
    keyword === 'deprecated' ||
    keyword === 'readOnly' ||
    keyword === 'writeOnly' ||
    keyword === 'contentEncoding' ||
    keyword === 'contentMediaType' ||
    keyword === 'contentSchema'
  );
}
