import { numberBoundRule } from './support/number-bound.js';

/** The upper numeric bound loosened (exclusive form). */
export const exclusiveMaximumRaised = numberBoundRule('exclusive-maximum-raised', 'upper', 'looser', true);
