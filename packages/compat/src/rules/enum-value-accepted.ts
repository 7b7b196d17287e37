import { walkerRule } from './support/helpers.js';

/** A value the new schema allows (from its finite `enum`/`const` list) is rejected by the old schema. Decided exactly by the walker, value by value, with ajv. */
export const enumValueAccepted = walkerRule('enum-value-accepted', ['WIRE', 'VALUE'], 'A value the new schema allows (from its finite `enum`/`const` list) is rejected by the old schema. Decided exactly by the walker, value by value, with ajv.', 'ok', 'breaking');
