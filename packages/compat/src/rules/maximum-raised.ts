import { numberBoundRule } from './support/number-bound.js';

/** The upper numeric bound loosened. */
export const maximumRaised = numberBoundRule('maximum-raised', 'upper', 'looser', false);
