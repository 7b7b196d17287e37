import { numberBoundRule } from './support/number-bound.js';

/** The lower numeric bound loosened (exclusive form). */
export const exclusiveMinimumLowered = numberBoundRule('exclusive-minimum-lowered', 'lower', 'looser', true);
