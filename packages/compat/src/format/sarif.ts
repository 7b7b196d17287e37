import { RULES } from '../rules/index.js';
import type { CompatReport } from '../types.js';
import type { FormatContext } from './index.js';
import { blocking } from './verdict.js';

/** SARIF 2.1.0, one result per change; the rule table becomes the tool's rules. */
export function sarifFormat(report: CompatReport, ctx: FormatContext): string {
  const used = new Set(report.changes.map((c) => c.rule));
  const rules = RULES.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, shortDescription: { text: r.description } }));
  const results = report.changes.map((c) => ({
    ruleId: c.rule,
    level: blocking(c, report) ? 'error' : 'note',
    message: { text: `${c.message} (backward: ${c.backward}, forward: ${c.forward})${c.counterexample ? `; counterexample: ${JSON.stringify(c.counterexample.instance)}` : ''}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: ctx.newPath } }, logicalLocations: [{ fullyQualifiedName: c.pointer || '/' }] }],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'ndd compat', informationUri: 'https://github.com/ndd', rules } }, results, properties: { mode: report.mode, compatible: report.compatible, bump: report.bump } }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
