import type { RegistrationStatus, SchemaKind, SchemaRecord } from '@ndd/registry';

/** ISO/IEC 11179 statuses, in lifecycle order (mirrors the metadata vocabulary's enum). */
export const STATUSES = ['candidate', 'recorded', 'qualified', 'standard', 'preferred', 'superseded', 'retired'] as const satisfies readonly RegistrationStatus[];

/** Kinds of dictionary schema (mirrors the metadata vocabulary's enum). */
export const KINDS = ['entity', 'element', 'codelist'] as const satisfies readonly SchemaKind[];

/** The short name people type: `core/person/v1`. */
export function shortName(schema: Pick<SchemaRecord, 'domain' | 'name' | 'major'>): string {
  return `${schema.domain}/${schema.name}/v${schema.major}`;
}
