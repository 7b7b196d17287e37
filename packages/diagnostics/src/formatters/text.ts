import pc from 'picocolors';
import { compareDiagnostics, countBySeverity, type Diagnostic, type Severity } from '../diagnostic.js';
import { codeFrame } from './code-frame.js';
import { locationOf, plural } from './location.js';
import type { FormatOptions } from './options.js';
import { visibleControls } from './sanitize.js';

/**
 * Human-readable report: one block per diagnostic (`file:line:col  error  message  [code]`, a code
 * frame when the source text is known, the hint), then a summary line.
 */
export function formatText(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const c = pc.createColors(options.color === true);
  const severityStyle: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const blocks: string[] = [];
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const location = locationOf(d);
    const [firstLine = '', ...moreLines] = d.message.split(/\r\n|\r|\n/).map(visibleControls);
    const head = [
      location === '' ? undefined : c.bold(location),
      severityStyle[d.severity](d.severity),
      firstLine,
      c.dim(`[${d.code}]`),
    ].filter((part) => part !== undefined);
    const lines = [head.join('  '), ...moreLines.map((l) => `    ${l}`)];
    if (d.pointer !== undefined && d.pointer !== '') lines.push(c.dim(`  at ${visibleControls(d.pointer)}`));
    const source = d.file !== undefined && d.start !== undefined ? options.sources?.(d.file) : undefined;
    if (source !== undefined && d.start !== undefined) {
      const frame = codeFrame(source, d.start, d.end, options.contextLines ?? 2, {
        gutter: c.dim,
        marker: severityStyle[d.severity],
      });
      if (frame !== '') lines.push(frame);
    }
    if (d.hint !== undefined) lines.push(`  ${c.cyan('hint:')} ${d.hint.split(/\r\n|\r|\n/).map(visibleControls).join('\n        ')}`);
    blocks.push(lines.join('\n'));
  }
  blocks.push(summaryLine(diagnostics, c));
  return `${blocks.join('\n\n')}\n`;
}

function summaryLine(diagnostics: readonly Diagnostic[], c: ReturnType<typeof pc.createColors>): string {
  if (diagnostics.length === 0) return c.green('No problems found.');
  const counts = countBySeverity(diagnostics);
  const text = `${plural(diagnostics.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  return counts.error > 0 ? c.red(c.bold(text)) : c.yellow(c.bold(text));
}
