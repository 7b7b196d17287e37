import { walkerRule } from './support/helpers.js';

/** A `$ref` cannot be resolved inside the document (remote references are not fetched): undecided. */
export const refUnresolvable = walkerRule('ref-unresolvable', ['REFERENCE'], 'A `$ref` cannot be resolved inside the document (remote references are not fetched): undecided.', 'undecided', 'undecided');
