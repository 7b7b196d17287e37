import type { CompatReport } from '../types.js';
import type { FormatContext } from './index.js';
import { blocking, headline } from './verdict.js';

function esc(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escProp(s: string): string {
  return esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: an error annotation per blocking change, a notice otherwise. */
export function githubFormat(report: CompatReport, ctx: FormatContext): string {
  const lines: string[] = [];
  for (const c of report.changes) {
    const level = blocking(c, report) ? 'error' : 'notice';
    const cx = c.counterexample ? ` Counterexample: ${JSON.stringify(c.counterexample.instance)}` : '';
    lines.push(`::${level} file=${escProp(ctx.newPath)},title=${escProp(`${c.rule} at ${c.pointer || '/'}`)}::${esc(`${c.message} (backward: ${c.backward}, forward: ${c.forward}).${cx}`)}`);
  }
  lines.push(headline(report));
  return `${lines.join('\n')}\n`;
}
