import type { MutableObject } from '../json.js';

/**
 * A boolean subschema as a 3.0 Schema Object, exactly: `true` accepts everything (`{}`), `false`
 * nothing (`{not: {}}`). OpenAPI 3.0 allows a boolean only as `additionalProperties`, where the
 * caller keeps it.
 */
export function booleanSchema(value: boolean): MutableObject {
  return value ? {} : { not: {} };
}
