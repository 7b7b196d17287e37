/**
 * Keyword classes of the normalised (2020-12) form. Anything not listed as an assertion or
 * applicator is an annotation: ajv in non-strict mode ignores unknown keywords, so they never
 * change an instance set (ndd's `x-*` keywords included).
 */

/** Keywords whose value is one subschema. */
export const SINGLE_SCHEMA_KEYWORDS = [
  'additionalProperties',
  'propertyNames',
  'items',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedProperties',
  'unevaluatedItems',
] as const;

/** Keywords whose value maps names to subschemas. */
export const MAP_SCHEMA_KEYWORDS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'] as const;

/** Keywords whose value is an array of subschemas. */
export const ARRAY_SCHEMA_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/** Keywords that constrain instances (in the normalised form). */
export const SEMANTIC_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
  'prefixItems',
  'items',
  'contains',
  'minContains',
  'maxContains',
  'unevaluatedItems',
  'minProperties',
  'maxProperties',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
]);

/** Keywords that only apply to numbers. */
export const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;
/** Keywords that only apply to strings. */
export const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern'] as const;
/** Keywords that only apply to arrays. */
export const ARRAY_KEYWORDS = [
  'minItems',
  'maxItems',
  'uniqueItems',
  'prefixItems',
  'items',
  'contains',
  'minContains',
  'maxContains',
  'unevaluatedItems',
] as const;
/** Keywords that only apply to objects. */
export const OBJECT_KEYWORDS = [
  'minProperties',
  'maxProperties',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
] as const;

/** Structural keywords, the schema's identity and containers: neither assertion nor annotation. */
export const STRUCTURAL_KEYWORDS: ReadonlySet<string> = new Set(['$schema', '$id', '$defs', 'definitions', '$anchor', '$dynamicAnchor', '$recursiveAnchor', '$vocabulary']);

/** True when a keyword is an annotation (changes no instance set). */
export function isAnnotationKeyword(k: string): boolean {
  return !SEMANTIC_KEYWORDS.has(k) && !STRUCTURAL_KEYWORDS.has(k);
}

/** JSON types as JSON Schema names them; `integer` is a subset of `number`. */
export const ALL_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] as const;
export type JsonType = (typeof ALL_TYPES)[number];

/** ajv-formats formats that apply to numbers; every other format applies to strings. */
export const NUMBER_FORMATS: ReadonlySet<string> = new Set(['int32', 'int64', 'float', 'double']);
/** Formats that ajv-formats defines (full mode). */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set(
  'date time date-time iso-time iso-date-time duration uri uri-reference uri-template url email hostname ipv4 ipv6 regex uuid json-pointer json-pointer-uri-fragment relative-json-pointer byte int32 int64 float double password binary'.split(
    ' ',
  ),
);
/** Formats ajv-formats accepts for every value of their type (no assertion at all). */
export const NOOP_FORMATS: ReadonlySet<string> = new Set(['password', 'binary', 'float', 'double']);
