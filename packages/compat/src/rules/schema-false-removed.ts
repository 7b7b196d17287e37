import { walkerRule } from './support/helpers.js';

/** A subschema that was `false` now accepts values. */
export const schemaFalseRemoved = walkerRule('schema-false-removed', ['WIRE', 'VALUE'], 'A subschema that was `false` now accepts values.', 'ok', 'breaking');
