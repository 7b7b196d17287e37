import { walkerRule } from './support/helpers.js';

/** The schemas nest too deeply (or the analysis budget ran out): undecided. */
export const analysisLimit = walkerRule('analysis-limit', ['WIRE'], 'The schemas nest too deeply (or the analysis budget ran out): undecided.', 'undecided', 'undecided');
