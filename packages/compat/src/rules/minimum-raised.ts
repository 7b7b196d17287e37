import { numberBoundRule } from './support/number-bound.js';

/** The lower numeric bound tightened. */
export const minimumRaised = numberBoundRule('minimum-raised', 'lower', 'tighter', false);
