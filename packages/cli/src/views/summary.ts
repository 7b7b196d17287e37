import type { Dictionary, SchemaKind } from '@ndd/registry';

/** Schema counts of one domain. */
export interface DomainSummary {
  readonly domain: string;
  readonly package: string;
  readonly schemas: number;
  readonly byKind: Readonly<Record<SchemaKind, number>>;
}

/** Schema counts per domain, in domain order, plus a total row. */
export function summarizeDomains(dictionary: Dictionary): { readonly domains: readonly DomainSummary[]; readonly total: DomainSummary } {
  const rows = new Map<string, { package: string; schemas: number; byKind: Record<SchemaKind, number> }>();
  for (const d of dictionary.domains.values()) rows.set(d.name, { package: d.package, schemas: 0, byKind: { entity: 0, element: 0, codelist: 0 } });
  const total = { domain: 'total', package: '', schemas: 0, byKind: { entity: 0, element: 0, codelist: 0 } };
  for (const s of dictionary.schemas.values()) {
    // A schema in a folder that no domain configures still counts (the loader reports it).
    let row = rows.get(s.domain);
    if (row === undefined) rows.set(s.domain, (row = { package: '?', schemas: 0, byKind: { entity: 0, element: 0, codelist: 0 } }));
    row.schemas++;
    row.byKind[s.metadata.kind]++;
    total.schemas++;
    total.byKind[s.metadata.kind]++;
  }
  const domains = [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([domain, r]) => ({ domain, ...r }));
  return { domains, total };
}

/** The summary as an aligned table. */
export function formatDomainSummary(summary: ReturnType<typeof summarizeDomains>): string {
  const table = [
    ['DOMAIN', 'PACKAGE', 'SCHEMAS', 'ENTITIES', 'ELEMENTS', 'CODE LISTS'],
    ...[...summary.domains, summary.total].map((r) => [r.domain, r.package, ...[r.schemas, r.byKind.entity, r.byKind.element, r.byKind.codelist].map(String)]),
  ];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
  return `${table
    .map((row) => row.map((cell, col) => (col < 2 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ').trimEnd())
    .join('\n')}\n`;
}
