/**
 * The fixed fields of an OpenAPI 3.0.3 Schema Object (besides `x-` extensions) and `$ref` (a
 * Reference Object). Anything else left after the rewrites is reported and removed.
 */
export const OPENAPI_30_SCHEMA_FIELDS: ReadonlySet<string> = new Set([
  '$ref',
  'title', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength',
  'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'enum',
  'type', 'allOf', 'oneOf', 'anyOf', 'not', 'items', 'properties', 'additionalProperties', 'description', 'format', 'default',
  'nullable', 'discriminator', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'example', 'deprecated',
]);
