import type { SourcePosition } from '../diagnostic.js';
import { visibleControls } from './sanitize.js';

/** Styling hooks for a code frame, so that colours stay optional. */
export interface FrameStyle {
  readonly gutter: (s: string) => string;
  readonly marker: (s: string) => string;
}

const PLAIN: FrameStyle = { gutter: (s) => s, marker: (s) => s };

/**
 * Renders the lines around `start` with a gutter of line numbers and a caret under the column
 * (or a run of carets up to `end` when it is on the same line). Returns '' when `start` lies
 * outside the text.
 */
export function codeFrame(
  source: string,
  start: SourcePosition,
  end: SourcePosition | undefined,
  contextLines = 2,
  style: FrameStyle = PLAIN,
): string {
  const lines = source.split(/\r\n|\r|\n/);
  const line = lines[start.line - 1];
  if (line === undefined || start.line < 1) return '';
  const first = Math.max(1, start.line - contextLines);
  const last = Math.min(lines.length, start.line + contextLines);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = visibleControls(lines[n - 1] ?? '');
    const isTarget = n === start.line;
    const number = String(n).padStart(width);
    const prefix = isTarget ? style.marker('>') : ' ';
    out.push(`${prefix} ${style.gutter(`${number} |`)}${text === '' ? '' : ` ${text}`}`);
    if (isTarget) out.push(`  ${style.gutter(`${' '.repeat(width)} |`)} ${caretLine(line, start, end, style)}`);
  }
  return out.join('\n');
}

function caretLine(line: string, start: SourcePosition, end: SourcePosition | undefined, style: FrameStyle): string {
  const col = Math.max(1, Math.min(start.column, line.length + 1));
  // Keep tabs so that the caret lines up with the text above it.
  const pad = line.slice(0, col - 1).replace(/[^\t]/g, ' ');
  const sameLineEnd = end !== undefined && end.line === start.line ? end.column : col + 1;
  const length = Math.max(1, Math.min(sameLineEnd, line.length + 1) - col);
  return pad + style.marker('^'.repeat(length));
}
