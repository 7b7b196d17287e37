import { numberBoundRule } from './support/number-bound.js';

/** The upper numeric bound tightened (exclusive form). */
export const exclusiveMaximumLowered = numberBoundRule('exclusive-maximum-lowered', 'upper', 'tighter', true);
