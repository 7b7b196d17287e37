import { compareDiagnostics, countBySeverity, type Diagnostic, type Severity } from '../diagnostic.js';
import { locationOf, plural } from './location.js';
import { DEFAULT_TOOL, type FormatOptions } from './options.js';

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * A pull-request comment: a heading, a table of counts by severity, then a table of findings
 * (capped at `maxRows`, since GitHub limits a comment to 65,536 characters) with hints folded in
 * a `<details>` block.
 */
export function formatMarkdown(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const tool = options.tool ?? DEFAULT_TOOL;
  const counts = countBySeverity(diagnostics);
  const out: string[] = [];
  if (diagnostics.length === 0) {
    out.push(`### ✅ ${escapeText(tool.name)}: no problems found`);
    return `${out.join('\n')}\n`;
  }
  out.push(`### ${counts.error > 0 ? '❌' : '⚠️'} ${escapeText(tool.name)}: ${plural(diagnostics.length, 'problem')}`, '');
  out.push('| Severity | Count |', '| --- | ---: |');
  for (const severity of ['error', 'warning', 'info'] as const) out.push(`| ${ICON[severity]} ${severity} | ${counts[severity]} |`);
  out.push('');

  const sorted = [...diagnostics].sort(compareDiagnostics);
  const maxRows = options.maxRows ?? 100;
  const shown = sorted.slice(0, maxRows);
  out.push('<details open>', '<summary>Findings</summary>', '');
  out.push('| | Location | Code | Message |', '| --- | --- | --- | --- |');
  for (const d of shown) {
    const location = locationOf(d);
    const where = location === '' ? '' : inlineCode(location);
    const pointer = d.pointer !== undefined && d.pointer !== '' ? `<br>${inlineCode(d.pointer)}` : '';
    const hint = d.hint === undefined ? '' : `<br>💡 ${escapeText(d.hint)}`;
    out.push(`| ${ICON[d.severity]} | ${where}${pointer} | ${inlineCode(d.code)} | ${escapeText(d.message)}${hint} |`);
  }
  if (sorted.length > shown.length) out.push('', `… and ${plural(sorted.length - shown.length, 'more problem')} (run \`ndd lint\` locally for all).`);
  out.push('', '</details>');
  return `${out.join('\n')}\n`;
}

/**
 * Escapes text for a GFM table cell: Markdown punctuation and HTML are backslash-escaped (so a
 * message cannot inject links, emphasis or tags) and line breaks become `<br>`.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~#!&]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A code span that survives any content: a backtick fence longer than the longest run of
 * backticks inside, padded when the content starts or ends with one. `|` is still escaped,
 * because GFM splits table cells before it parses code spans.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
