/**
 * Names of components that do not come from `exportNames`: lifted `$defs` and schemas bundled
 * from another domain. Component names must match `^[a-zA-Z0-9._-]+$` (OpenAPI 3.0 and 3.1).
 */

/** `Person` + `$defs/address` → `Person_Address`: the owner, `_`, the def name in PascalCase. */
export function defComponentName(owner: string, defName: string): string {
  const cleaned = defName.replace(/[^A-Za-z0-9_-]/g, '_');
  const pascal = cleaned === '' ? '_' : cleaned[0]!.toUpperCase() + cleaned.slice(1);
  return `${owner}_${pascal}`;
}

/**
 * A schema of another domain bundled into this domain's document: `land` bundling `core/person`
 * gets `core.Person`. The `.` never occurs in a domain's own names (PascalCase and `_`), so a
 * bundled name can never collide with a local one, and it never changes when the local domain
 * later gains a schema of the same name.
 */
export function foreignComponentName(domain: string, exportName: string): string {
  return `${domain.replace(/[^A-Za-z0-9_-]/g, '_')}.${exportName}`;
}
