import type { CompatibilityPolicy, Dictionary, SchemaRecord } from '@ndd/registry';

/**
 * The policy a schema is checked under: its own `x-ndd.compatibility` if set; otherwise by its
 * ISO/IEC 11179 status — `standard`, `preferred` and `superseded` (still in use) follow their
 * domain's policy (FULL_TRANSITIVE unless the domain says otherwise), `recorded` and
 * `qualified` must stay BACKWARD compatible (systems may already read them), `candidate` and
 * `retired` are not checked (NONE): a candidate may still change freely, a retired one is frozen.
 */
export function policyOf(dictionary: Dictionary, record: SchemaRecord): CompatibilityPolicy {
  if (record.metadata.compatibility) return record.metadata.compatibility;
  switch (record.metadata.status) {
    case 'standard':
    case 'preferred':
    case 'superseded':
      return dictionary.domains.get(record.domain)?.compatibility ?? 'FULL_TRANSITIVE';
    case 'recorded':
    case 'qualified':
      return 'BACKWARD';
    case 'candidate':
    case 'retired':
      return 'NONE';
  }
}

/** Which directions a policy checks, and whether against every released version. */
export function directionsOf(policy: CompatibilityPolicy): { backward: boolean; forward: boolean; transitive: boolean } {
  return {
    backward: policy.startsWith('BACKWARD') || policy.startsWith('FULL'),
    forward: policy.startsWith('FORWARD') || policy.startsWith('FULL'),
    transitive: policy.endsWith('_TRANSITIVE'),
  };
}
