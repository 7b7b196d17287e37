/** Turns an inclusion result into an effect. */
import type { Inclusion } from '../../regex.js';
import type { Effect } from '../../types.js';

/** ok when included, breaking when a witness exists, undecided otherwise. */
export function effectOf(inc: Inclusion): Effect {
  return inc.included === true ? 'ok' : inc.included === false ? 'breaking' : 'undecided';
}

/** The reason of an undecided inclusion, as a change field. */
export function whyOf(inc: Inclusion): { why?: string } {
  return inc.included === undefined ? { why: inc.why } : {};
}
