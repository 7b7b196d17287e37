import type { Dictionary, SchemaRecord } from '@ndd/registry';

/**
 * The names every generator uses for a schema, so that a type, its validator and its OpenAPI
 * component always agree: `core/person/v1` → `Person`, `validatePerson`, component `Person`;
 * `core/codelists/province/v1` → `Province`; a second major gets a suffix (`PersonV2`) so the
 * first one keeps its name forever.
 */
export function baseNameOf(record: Pick<SchemaRecord, 'name' | 'major'>): string {
  const last = record.name.split('/').at(-1) ?? record.name;
  const pascal = last
    .split('-')
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return record.major > 1 ? `${pascal}V${record.major}` : pascal;
}

/**
 * Exported names of every schema of the dictionary, unique within each domain: where two names
 * collide (`codelists/status` and `dossier/status`), the parent segment is prefixed to both.
 */
export function exportNames(dictionary: Dictionary): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const domain of dictionary.domains.values()) {
    const records = domain.schemaIds.map((id) => dictionary.schemas.get(id)!);
    const byName = new Map<string, SchemaRecord[]>();
    for (const r of records) {
      const n = baseNameOf(r);
      byName.set(n, [...(byName.get(n) ?? []), r]);
    }
    for (const [name, group] of byName) {
      for (const r of group) {
        if (group.length === 1) {
          names.set(r.id, name);
        } else {
          const segments = r.name.split('/');
          const prefix = segments.slice(0, -1).map((s) => baseNameOf({ name: s, major: 1 })).join('');
          names.set(r.id, `${prefix}${name}`);
        }
      }
    }
  }
  return names;
}

/** Module path of a schema inside its domain package, without extension: `person/v1`, `codelists/province/v1`. */
export function modulePathOf(record: Pick<SchemaRecord, 'name' | 'major'>): string {
  return `${record.name}/v${record.major}`;
}
