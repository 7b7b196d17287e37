import { walkerRule } from './support/helpers.js';

/** A value the old schema allowed (from its finite `enum`/`const` list) is rejected by the new schema. Decided exactly by the walker, value by value, with ajv. */
export const enumValueRejected = walkerRule('enum-value-rejected', ['WIRE', 'VALUE'], 'A value the old schema allowed (from its finite `enum`/`const` list) is rejected by the new schema. Decided exactly by the walker, value by value, with ajv.', 'breaking', 'ok');
