/**
 * What the loader knows about JSON Schema 2020-12 keywords: which ones hold subschemas, and
 * whether those subschemas apply to the same instance ("in place") or to a child of it.
 */
import { NDD_KEYWORDS } from './constants.js';

/** Keywords whose value is one subschema. `true`: it applies to the same instance. */
export const SINGLE_SCHEMA_KEYWORDS: Readonly<Record<string, boolean>> = {
  not: true,
  if: true,
  then: true,
  else: true,
  additionalProperties: false,
  propertyNames: false,
  items: false,
  contains: false,
  unevaluatedItems: false,
  unevaluatedProperties: false,
  contentSchema: false,
};

/** Keywords whose value is an array of subschemas. */
export const ARRAY_SCHEMA_KEYWORDS: Readonly<Record<string, boolean>> = {
  allOf: true,
  anyOf: true,
  oneOf: true,
  prefixItems: false,
};

/** Keywords whose value maps names to subschemas. `$defs` are not applied at all. */
export const MAP_SCHEMA_KEYWORDS: Readonly<Record<string, boolean>> = {
  properties: false,
  patternProperties: false,
  dependentSchemas: true,
  $defs: false,
};

/** Every keyword of the ndd dialect: JSON Schema 2020-12 plus the ndd vocabulary. */
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  // core
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', '$comment', '$defs',
  // applicator
  ...Object.keys(SINGLE_SCHEMA_KEYWORDS), ...Object.keys(ARRAY_SCHEMA_KEYWORDS), ...Object.keys(MAP_SCHEMA_KEYWORDS),
  // validation
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains',
  'maxProperties', 'minProperties', 'required', 'dependentRequired',
  // meta-data, format, content
  'title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'examples',
  'format', 'contentEncoding', 'contentMediaType',
  ...NDD_KEYWORDS,
]);

/** Keywords of older drafts, with what to write instead. */
export const OLD_DRAFT_KEYWORDS: Readonly<Record<string, string>> = {
  definitions: '$defs',
  dependencies: 'dependentRequired or dependentSchemas',
  additionalItems: 'items (with prefixItems)',
  id: '$id',
  $recursiveRef: '$dynamicRef',
  $recursiveAnchor: '$dynamicAnchor',
};

/** A subschema found while walking a schema. */
export interface SubschemaVisit {
  readonly node: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  /** True when every step from the walk's start applies to the same instance (no properties/items in between). */
  readonly inPlace: boolean;
}
