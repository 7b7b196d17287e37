import { walkerRule } from './support/helpers.js';

/** `$schema` changed (e.g. draft-07 to 2020-12). Both documents are normalised to 2020-12 before comparison, so only real semantic differences are reported beside this one. */
export const schemaDialectChanged = walkerRule('schema-dialect-changed', ['ANNOTATION'], '`$schema` changed (e.g. draft-07 to 2020-12). Both documents are normalised to 2020-12 before comparison, so only real semantic differences are reported beside this one.', 'ok', 'ok');
