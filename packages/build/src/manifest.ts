import type { Dictionary, DomainRecord } from '@ndd/registry';

/** What the build owns in a domain package's package.json; `version` belongs to changesets. */
export function domainManifest(
  dictionary: Dictionary,
  domain: DomainRecord,
  existing: Record<string, unknown> | undefined,
  runtimeDependencies: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const dependsOn = new Set<string>();
  for (const id of domain.schemaIds) {
    for (const dep of dictionary.dependenciesOf(id)) {
      const other = dictionary.schemas.get(dep)?.domain;
      if (other && other !== domain.name) dependsOn.add(dictionary.domains.get(other)?.package ?? `@ndd/${other}`);
    }
  }
  const dependencies: Record<string, string> = { ...runtimeDependencies };
  for (const pkg of [...dependsOn].sort()) {
    const version = (existing?.['dependencies'] as Record<string, string> | undefined)?.[pkg];
    dependencies[pkg] = version ?? '*';
  }
  return {
    name: domain.package,
    version: typeof existing?.['version'] === 'string' ? existing['version'] : '0.0.0',
    description: `${domain.title.en} (${domain.title.vi}) of Vietnam's national shared data dictionary: TypeScript types, precompiled validators with Vietnamese and English errors, OpenAPI 3.1 and 3.0 components, JSON Schemas.`,
    license: 'Apache-2.0',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    keywords: ['ndd', 'vietnam', 'data-dictionary', 'json-schema', domain.name],
    exports: {
      '.': { types: './dist/types/index.d.ts', default: './dist/types/index.js' },
      './validators': { types: './dist/validators/index.d.ts', default: './dist/validators/index.js' },
      './validators/*': { types: './dist/validators/*.d.ts', default: './dist/validators/*.js' },
      './openapi.json': './dist/openapi.json',
      './openapi-3.0.json': './dist/openapi-3.0.json',
      './schemas/*': './dist/schemas/*',
      './package.json': './package.json',
      './*': { types: './dist/types/*.d.ts', default: './dist/types/*.js' },
    },
    files: ['dist', 'CHANGELOG.md'],
    ...(Object.keys(dependencies).length > 0 ? { dependencies } : {}),
  };
}
