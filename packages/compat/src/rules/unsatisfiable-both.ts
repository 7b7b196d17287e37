import { walkerRule } from './support/helpers.js';

/** Both versions of a subschema provably accept nothing (e.g. `type: string` with an array `const`), so their differences change nothing. */
export const unsatisfiableBoth = walkerRule('unsatisfiable-both', ['WIRE', 'VALUE'], 'Both versions of a subschema provably accept nothing (e.g. `type: string` with an array `const`), so their differences change nothing.', 'ok', 'ok');
