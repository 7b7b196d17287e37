import type { Severity } from '@ndd/diagnostics';

/**
 * Every diagnostic the OpenAPI generator can emit, in one table (as buf lists its rules). Codes
 * never change once released: users put them in waivers. The README's table is this one.
 */
export interface DiagnosticKind {
  readonly severity: Severity;
  /** Which documents it concerns. */
  readonly documents: '3.0' | 'both';
  readonly description: string;
}

export const DIAGNOSTIC_KINDS = {
  'openapi-dynamic-ref': {
    severity: 'error',
    documents: 'both',
    description:
      '`$dynamicRef` is removed: its target depends on the dynamic scope, which does not survive moving schemas into components.',
  },
  'openapi-dynamic-anchor': {
    severity: 'warning',
    documents: 'both',
    description: '`$dynamicAnchor` is removed: there is no dynamic scope to anchor in once schemas are components.',
  },
  'openapi-vocabulary': {
    severity: 'warning',
    documents: 'both',
    description: '`$vocabulary` belongs in meta-schemas; it is removed from a component.',
  },
  'openapi-unresolved-ref': {
    severity: 'error',
    documents: 'both',
    description: 'A `$ref` the dictionary could not resolve; it is removed (the loader reports why).',
  },
  'openapi-ref-into-schema': {
    severity: 'warning',
    documents: 'both',
    description:
      'A `$ref` points inside a schema rather than at a schema or one of its `$defs`: written as a pointer into the component, which breaks when the component is restructured.',
  },
  'openapi-dangling-ref': {
    severity: 'error',
    documents: 'both',
    description: 'A `$ref` in a generated document does not resolve inside that document.',
  },
  'openapi-component-name-collision': {
    severity: 'error',
    documents: 'both',
    description: 'Two schemas would get the same component name; the later one gets a numeric suffix.',
  },
  'openapi30-unsupported-keyword': {
    severity: 'error',
    documents: '3.0',
    description: 'A keyword OpenAPI 3.0 has no counterpart for and that no rewrite handles; it is removed.',
  },
  'openapi30-prefix-items': {
    severity: 'warning',
    documents: '3.0',
    description:
      '`prefixItems` (tuples) loosened to `items` that accept any of the positional schemas, plus `maxItems` when no further items are allowed: positions are no longer checked.',
  },
  'openapi30-contains-count': {
    severity: 'warning',
    documents: '3.0',
    description: '`minContains` above 1 or `maxContains` loosened to "at least one item matches `contains`".',
  },
  'openapi30-unevaluated-items': {
    severity: 'warning',
    documents: '3.0',
    description:
      '`unevaluatedItems` next to in-place applicators (`allOf`, `$ref`, `if`, …) or `contains` is removed: extra items are no longer rejected.',
  },
  'openapi30-unevaluated-properties': {
    severity: 'warning',
    documents: '3.0',
    description:
      '`unevaluatedProperties` next to in-place applicators (`allOf`, `$ref`, `if`, …) is removed: extra properties are no longer rejected.',
  },
  'openapi30-pattern-properties': {
    severity: 'warning',
    documents: '3.0',
    description:
      '`patternProperties` loosened: their schemas join `additionalProperties` as alternatives (`anyOf`), or are removed when additional properties were allowed anyway.',
  },
  'openapi30-property-names': {
    severity: 'warning',
    documents: '3.0',
    description: '`propertyNames` is removed: property names are no longer checked.',
  },
  'openapi30-content-schema': {
    severity: 'info',
    documents: '3.0',
    description: '`contentSchema` (an annotation, never an assertion in 2020-12) is removed.',
  },
  'openapi30-null-type': {
    severity: 'info',
    documents: '3.0',
    description:
      'A null-only type is written `{type: string, nullable: true, enum: [null]}`: exact under OpenAPI 3.0.3, but code generators may show it as a nullable string.',
  },
  'openapi30-ignored-keyword': {
    severity: 'info',
    documents: '3.0',
    description: '`then`/`else` without `if`, or `minContains`/`maxContains` without `contains`, have no effect in 2020-12 and are removed.',
  },
} as const satisfies Record<string, DiagnosticKind>;

/** A diagnostic code of this generator. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_KINDS;
