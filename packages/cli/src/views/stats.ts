import type { DomainCoverage, Share } from '@ndd/registry';

const COLUMNS = ['labels', 'descriptions', 'examples', 'counterexamples', 'legalBasis'] as const;
const HEADERS = ['domain', 'entities', 'elements', 'code lists', 'properties', 'labels vi+en', 'descriptions', 'examples', 'counter-examples', 'legal basis'];

/** The coverage rows plus a total row, as text, JSON or Markdown. */
export function formatCoverage(rows: readonly DomainCoverage[], format: 'text' | 'json' | 'markdown'): string {
  const all = [...rows, total(rows)];
  if (format === 'json') {
    return `${JSON.stringify({ domains: rows.map(withPercent), total: withPercent(total(rows)) }, null, 2)}\n`;
  }
  const cells = all.map((r) => [
    r.domain,
    String(r.schemas.entity),
    String(r.schemas.element),
    String(r.schemas.codelist),
    String(r.properties),
    ...COLUMNS.map((c) => percent(r[c])),
  ]);
  if (format === 'markdown') {
    const line = (c: readonly string[]) => `| ${c.join(' | ')} |`;
    return `${[line(HEADERS), line(HEADERS.map((_, i) => (i === 0 ? '---' : '---:'))), ...cells.map((c, i) => line(i === cells.length - 1 ? c.map((x) => `**${x}**`) : c))].join('\n')}\n`;
  }
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ').trimEnd();
  return `${[line(HEADERS), ...cells.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(cells.at(-1)!)].join('\n')}\n`;
}

function percent(s: Share): string {
  return s.of === 0 ? '—' : `${((100 * s.done) / s.of).toFixed(s.done === s.of ? 0 : 1)}%`;
}

function withPercent(r: DomainCoverage) {
  return { ...r, ...Object.fromEntries(COLUMNS.map((c) => [c, { ...r[c], percent: r[c].of === 0 ? null : (100 * r[c].done) / r[c].of }])) };
}

function total(rows: readonly DomainCoverage[]): DomainCoverage {
  const sum = (f: (r: DomainCoverage) => number) => rows.reduce((n, r) => n + f(r), 0);
  const share = (c: (typeof COLUMNS)[number]): Share => ({ done: sum((r) => r[c].done), of: sum((r) => r[c].of) });
  return {
    domain: 'total',
    schemas: { entity: sum((r) => r.schemas.entity), element: sum((r) => r.schemas.element), codelist: sum((r) => r.schemas.codelist) },
    properties: sum((r) => r.properties),
    labels: share('labels'),
    descriptions: share('descriptions'),
    examples: share('examples'),
    counterexamples: share('counterexamples'),
    legalBasis: share('legalBasis'),
  };
}
