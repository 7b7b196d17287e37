import { walkerRule } from './support/helpers.js';

/** A constraining keyword changed that no rule analyses. Reported as undecided so that nothing passes silently. */
export const unhandledKeywordChanged = walkerRule('unhandled-keyword-changed', ['WIRE'], 'A constraining keyword changed that no rule analyses. Reported as undecided so that nothing passes silently.', 'undecided', 'undecided');
