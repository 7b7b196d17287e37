import { numberBoundRule } from './support/number-bound.js';

/** The lower numeric bound tightened (exclusive form). */
export const exclusiveMinimumRaised = numberBoundRule('exclusive-minimum-raised', 'lower', 'tighter', true);
