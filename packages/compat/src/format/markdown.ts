import type { CompatReport } from '../types.js';
import type { FormatContext } from './index.js';
import { blocking, headline } from './verdict.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown PR comment: verdict, then a table of changes. */
export function markdownFormat(report: CompatReport, ctx: FormatContext): string {
  const lines = [`### Schema compatibility: \`${ctx.oldPath}\` → \`${ctx.newPath}\``, '', `**${headline(report)}**`, ''];
  if (report.changes.length > 0) {
    lines.push('| | rule | pointer | backward | forward | message | counterexample |', '|---|---|---|---|---|---|---|');
    for (const c of report.changes) {
      const cx = c.counterexample ? `\`${cell(JSON.stringify(c.counterexample.instance))}\` (valid under ${c.counterexample.validUnder})` : '';
      lines.push(`| ${blocking(c, report) ? '❌' : '✅'} | \`${c.rule}\` | \`${cell(c.pointer || '/')}\` | ${c.backward} | ${c.forward} | ${cell(c.message)} | ${cx} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
