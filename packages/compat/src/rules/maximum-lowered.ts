import { numberBoundRule } from './support/number-bound.js';

/** The upper numeric bound tightened. */
export const maximumLowered = numberBoundRule('maximum-lowered', 'upper', 'tighter', false);
