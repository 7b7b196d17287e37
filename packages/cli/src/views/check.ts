import type { CheckResult } from '@ndd/check';

/** A reviewer's summary of a check: what changed, how it was judged, the bumps and the impact. */
export function formatCheckSummary(result: CheckResult, format: 'text' | 'markdown'): string {
  const rows = result.schemas.map((s) => [
    s.id.replace(/^https:\/\/[^/]+\//, ''),
    s.change,
    s.policy,
    s.breaking.length === 0 ? 'compatible' : s.compatible ? 'waived' : s.breaking.some((b) => b[b.direction] === 'breaking') ? 'BREAKING' : 'undecided',
    s.bump,
    s.version.before && s.version.after ? `${s.version.before} → ${s.version.after}` : (s.version.after ?? s.version.before ?? ''),
    String(s.impact.length),
  ]);
  const header = ['schema', 'change', 'policy', 'verdict', 'bump', 'version', 'impact'];
  const packages = result.packages.map((p) => `${p.name}: ${p.bump}`).join(', ') || 'none';
  if (format === 'markdown') {
    const line = (c: readonly string[]) => `| ${c.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [
      `### ndd check against \`${result.against}\`: ${result.ok ? '✅ nothing blocks' : '❌ blocked'}`,
      '',
      rows.length === 0 ? 'No schema changed.' : [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'),
      '',
      `**Package bumps:** ${packages}`,
      '',
    ].join('\n');
  }
  if (rows.length === 0) return `ndd check against ${result.against}: no schema changed (${result.analysed} analysed).\n`;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return `ndd check against ${result.against}: ${result.ok ? 'nothing blocks' : 'BLOCKED'} (${result.analysed} schemas analysed)\n\n${[line(header), ...rows.map(line)].join('\n')}\n\nPackage bumps: ${packages}\n\n`;
}
