import { walkerRule } from './support/helpers.js';

/** The schema uses a feature the engine does not analyse (`$dynamicRef`, `$recursiveRef`, nested `$id` with references): undecided unless the documents are identical. */
export const unsupportedSchemaFeature = walkerRule('unsupported-schema-feature', ['REFERENCE'], 'The schema uses a feature the engine does not analyse (`$dynamicRef`, `$recursiveRef`, nested `$id` with references): undecided unless the documents are identical.', 'undecided', 'undecided');
