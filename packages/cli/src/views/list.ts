import type { Dictionary, RegistrationStatus, SchemaKind } from '@ndd/registry';
import { CliError } from '../errors.js';
import { shortName } from './vocabulary.js';

/** One line of `ndd list`. */
export interface SchemaRow {
  readonly name: string;
  readonly id: string;
  readonly domain: string;
  readonly kind: SchemaKind;
  readonly status: RegistrationStatus;
  readonly version: string;
  readonly title: string;
  readonly titleEn: string;
}

/** Filters of `ndd list`; each one given must match. */
export interface ListFilter {
  readonly domain?: string | undefined;
  readonly status?: RegistrationStatus | undefined;
  readonly kind?: SchemaKind | undefined;
}

/** The dictionary's schemas that pass the filter, in `$id` order. An unknown domain is an error, not an empty list. */
export function listSchemas(dictionary: Dictionary, filter: ListFilter): SchemaRow[] {
  if (filter.domain !== undefined && !dictionary.domains.has(filter.domain)) {
    const known = [...dictionary.domains.keys()].join(', ') || 'none';
    throw new CliError(`no domain '${filter.domain}' in this dictionary (domains: ${known})`);
  }
  const rows: SchemaRow[] = [];
  for (const s of dictionary.schemas.values()) {
    if (filter.domain !== undefined && s.domain !== filter.domain) continue;
    if (filter.status !== undefined && s.metadata.status !== filter.status) continue;
    if (filter.kind !== undefined && s.metadata.kind !== filter.kind) continue;
    rows.push({
      name: shortName(s),
      id: s.id,
      domain: s.domain,
      kind: s.metadata.kind,
      status: s.metadata.status,
      version: s.metadata.version,
      title: s.title,
      titleEn: s.titleEn,
    });
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `ndd list` output: an aligned table for people, or one JSON document. */
export function formatSchemaList(rows: readonly SchemaRow[], format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ count: rows.length, schemas: rows }, null, 2)}\n`;
  if (rows.length === 0) return 'No schemas match.\n';
  const table = [['NAME', 'KIND', 'STATUS', 'VERSION', 'TITLE'], ...rows.map((r) => [r.name, r.kind, r.status, r.version, `${r.title} / ${r.titleEn}`])];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => [...(row[col] ?? '')].length)));
  const lines = table.map((row) =>
    row.map((cell, col) => (col === row.length - 1 ? cell : cell + ' '.repeat((widths[col] ?? 0) - [...cell].length))).join('  '),
  );
  return `${lines.join('\n')}\n\n${rows.length} schema${rows.length === 1 ? '' : 's'}\n`;
}
