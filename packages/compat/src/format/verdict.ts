/** Shared wording of verdicts and effects. */
import { directionsOf } from '../compare.js';
import type { Change, CompatReport } from '../types.js';

/** Whether a change matters to the mode (not ok in a checked direction). */
export function blocking(c: Change, report: CompatReport): boolean {
  return directionsOf(report.mode).some((d) => c[d] !== 'ok');
}

/** One-line verdict. */
export function headline(report: CompatReport): string {
  if (report.mode === 'NONE') return `mode NONE: not checked; bump ${report.bump}`;
  return `${report.compatible ? 'compatible' : 'NOT compatible'} under ${report.mode}; bump ${report.bump}`;
}
