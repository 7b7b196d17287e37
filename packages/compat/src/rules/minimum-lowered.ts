import { numberBoundRule } from './support/number-bound.js';

/** The lower numeric bound loosened. */
export const minimumLowered = numberBoundRule('minimum-lowered', 'lower', 'looser', false);
