import type { Diagnostic } from '../diagnostic.js';

/** `file:line:col`, `file:line`, `file`, or '' as much as the diagnostic knows. */
export function locationOf(d: Diagnostic): string {
  if (d.file === undefined) return '';
  if (d.start === undefined) return d.file;
  return `${d.file}:${d.start.line}:${d.start.column}`;
}

/** "1 error", "2 warnings": a count with its noun, singular or plural. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
