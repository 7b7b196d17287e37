import type { CompatReport } from '../types.js';
import type { FormatContext } from './index.js';
import { blocking, headline } from './verdict.js';

/** Human-readable text, one change a line, counterexample below it. */
export function textFormat(report: CompatReport, ctx: FormatContext): string {
  const lines = [`${ctx.oldPath} → ${ctx.newPath}: ${headline(report)}`];
  for (const c of report.changes) {
    const mark = blocking(c, report) ? '✗' : '·';
    lines.push(`${mark} ${c.pointer || '/'}  [${c.rule}]  backward: ${c.backward}, forward: ${c.forward}`);
    lines.push(`    ${c.message}`);
    if (c.counterexample) lines.push(`    counterexample (valid under ${c.counterexample.validUnder}, invalid under ${c.counterexample.invalidUnder}): ${JSON.stringify(c.counterexample.instance)}`);
  }
  return `${lines.join('\n')}\n`;
}
