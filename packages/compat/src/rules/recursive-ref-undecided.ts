import { walkerRule } from './support/helpers.js';

/** A `$ref` cycle that does not descend into the instance (e.g. `a` refers to `a` in place): undecided. Cycles through properties or items are handled. */
export const recursiveRefUndecided = walkerRule('recursive-ref-undecided', ['REFERENCE'], 'A `$ref` cycle that does not descend into the instance (e.g. `a` refers to `a` in place): undecided. Cycles through properties or items are handled.', 'undecided', 'undecided');
