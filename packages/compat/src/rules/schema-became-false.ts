import { walkerRule } from './support/helpers.js';

/** A subschema became `false` (or equivalent): it accepts nothing any more. */
export const schemaBecameFalse = walkerRule('schema-became-false', ['WIRE', 'VALUE'], 'A subschema became `false` (or equivalent): it accepts nothing any more.', 'breaking', 'ok');
