import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '@ndd/diagnostics';
import { exportNames, modulePathOf, type GeneratedFile } from '@ndd/generator-kit';
import { openApiGenerator, openApiInputIds } from '@ndd/generator-openapi';
import { blockedSchemas, validatorsForSchema, validatorsPackageFiles, type IndexEntry, type SchemaValidators } from '@ndd/generator-validators';
import { loadDictionary, type Dictionary, type DomainRecord, type SchemaRecord } from '@ndd/registry';
import { replaceDirectory } from './atomic-dir.js';
import { ContentCache, hashOf } from './cache.js';
import { domainManifest } from './manifest.js';

/** What generated validators import at run time (besides other domain packages). */
const RUNTIME_DEPENDENCIES: Readonly<Record<string, string>> = { '@ndd/formats': '^0.1.0' };

/** Bumped whenever a generator's output changes for the same input, so old cache entries are never hit. */
const TYPES_GENERATOR_VERSION = 'types@2';
const VALIDATORS_GENERATOR_VERSION = 'validators@1';
const OPENAPI_GENERATOR_VERSION = 'openapi@1';

/** Options of {@link buildPackages}. */
export interface BuildOptions {
  /** The dictionary folder (holds ndd.dictionary.json). */
  readonly dictionaryDir: string;
  /** Where domain packages live: `<outDir>/<domain>/`. */
  readonly outDir: string;
  /** The content-hash cache folder; undefined disables caching. */
  readonly cacheDir?: string;
  /** Called as work advances, for a progress display. */
  readonly onProgress?: (done: number, total: number, what: string) => void;
}

/** What one build did. */
export interface BuildSummary {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  readonly packages: readonly { readonly name: string; readonly dir: string; readonly files: number; readonly bytes: number; readonly changed: boolean }[];
  readonly schemas: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  /** Cache use by generator. */
  readonly cache: Readonly<Record<string, { readonly hits: number; readonly misses: number }>>;
}

/**
 * Builds every domain package from the dictionary: loads and checks it (any error stops the
 * build before anything is written), runs the generators (pure; per-schema results cached by
 * content hash), and writes each package's `dist/` atomically. Deterministic: the same
 * dictionary gives byte-identical files.
 */
export async function buildPackages(options: BuildOptions): Promise<BuildSummary> {
  const loaded = await loadDictionary(options.dictionaryDir);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const dictionary = loaded.dictionary;
  if (!dictionary || errors.length > 0) {
    return { ok: false, diagnostics: loaded.diagnostics, sources: loaded.sources, packages: [], schemas: 0, cacheHits: 0, cacheMisses: 0, cache: {} };
  }
  const cache = new ContentCache(options.cacheDir);
  const names = exportNames(dictionary);
  const total = dictionary.schemas.size;
  let done = 0;
  const packages: BuildSummary['packages'][number][] = [];
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const blocked = blockedSchemas(dictionary);
  const configKey = JSON.stringify([dictionary.config, [...dictionary.domains.values()].map((d) => [d.name, d.package, d.title, d.description])]);
  for (const domain of dictionary.domains.values()) {
    const files: GeneratedFile[] = [];
    const entries: IndexEntry[] = [];
    const standardFormats = new Set<string>();
    for (const id of domain.schemaIds) {
      const record = dictionary.schemas.get(id)!;
      files.push(...(await typesOf(dictionary, record, names, cache)));
      const validators = await validatorsOf(dictionary, domain, record, names, blocked.get(id), cache);
      files.push(...validators.files);
      diagnostics.push(...validators.diagnostics);
      entries.push(...validators.entries);
      for (const f of validators.standardFormats) standardFormats.add(f);
      files.push({ path: `schemas/${modulePathOf(record)}.schema.json`, contents: loaded.sources.get(record.file)! });
      options.onProgress?.(++done, total, record.id);
    }
    files.push(...(await import('@ndd/generator-types/index-files')).typesIndexFiles(dictionary, domain, names));
    files.push(...validatorsPackageFiles(entries, standardFormats));
    // The manifest's version (changesets owns it); a package's first build writes 0.0.0.
    const manifest = await readManifest(join(options.outDir, domain.name, 'package.json'));
    const version = typeof manifest.value?.['version'] === 'string' ? manifest.value['version'] : '0.0.0';
    const openapiKey = hashOf(
      OPENAPI_GENERATOR_VERSION,
      domain.name,
      version,
      configKey,
      ...openApiInputIds(dictionary, domain).flatMap((id) => [id, dictionary.schemas.get(id)!.contentHash, names.get(id)!]),
    );
    const openapi = await cache.getOrCompute('openapi', openapiKey, async () => {
      const out = await openApiGenerator({ version, packageDir: 'dist/' })(dictionary, domain);
      return { files: [...out.files], diagnostics: [...out.diagnostics] };
    });
    files.push(...openapi.files);
    diagnostics.push(...openapi.diagnostics);
    packages.push(await writePackage(options.outDir, dictionary, domain, files, manifest));
  }
  return {
    ok: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics,
    sources: loaded.sources,
    packages,
    schemas: total,
    cacheHits: cache.hits,
    cacheMisses: cache.misses,
    cache: Object.fromEntries(cache.byNamespace),
  };
}

/**
 * A schema's types depend on its own content and on the names and module paths of what it
 * references (an import line), not on the content of those schemas.
 */
async function typesOf(dictionary: Dictionary, record: SchemaRecord, names: ReadonlyMap<string, string>, cache: ContentCache): Promise<readonly GeneratedFile[]> {
  const deps = dictionary.dependenciesOf(record.id).map((id) => {
    const dep = dictionary.schemas.get(id)!;
    return `${id}=${names.get(id)}@${dictionary.domains.get(dep.domain)?.package}/${modulePathOf(dep)}`;
  });
  const key = hashOf(TYPES_GENERATOR_VERSION, record.id, record.contentHash, names.get(record.id)!, record.file, ...deps);
  return cache.getOrCompute('types', key, async () => {
    // Loaded on the first miss only: json-schema-to-typescript (with prettier) is slow to load.
    const { generateTypesForSchema } = await import('@ndd/generator-types');
    return (await generateTypesForSchema(dictionary, record, names)).files;
  });
}

/**
 * A schema's validators depend on its own content, on whether something blocks it, and on the
 * names, module paths, packages and titles of the schemas it references directly (imports and
 * error labels), not on the rest of their content.
 */
async function validatorsOf(
  dictionary: Dictionary,
  domain: DomainRecord,
  record: SchemaRecord,
  names: ReadonlyMap<string, string>,
  blocker: string | undefined,
  cache: ContentCache,
): Promise<SchemaValidators> {
  const deps = dictionary.dependenciesOf(record.id).map((id) => {
    const dep = dictionary.schemas.get(id)!;
    return `${id}=${names.get(id)}@${dictionary.domains.get(dep.domain)?.package}/${modulePathOf(dep)}|${dep.title}|${dep.titleEn}`;
  });
  const key = hashOf(VALIDATORS_GENERATOR_VERSION, record.id, record.contentHash, names.get(record.id)!, domain.name, blocker ?? '', ...deps);
  return cache.getOrCompute('validators', key, async () => validatorsForSchema(dictionary, domain, record, names, blocker));
}

async function writePackage(outDir: string, dictionary: Dictionary, domain: DomainRecord, files: GeneratedFile[], current: Manifest) {
  const dir = join(outDir, domain.name);
  await mkdir(dir, { recursive: true });
  const manifestPath = join(dir, 'package.json');
  const existingText = current.text;
  const existing = current.value;
  const manifest = `${JSON.stringify(domainManifest(dictionary, domain, existing, RUNTIME_DEPENDENCIES), null, 2)}\n`;
  if (manifest !== existingText) await writeFile(manifestPath, manifest);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // The stamp lists each file's hash: it tells whether anything changed, and which files the
  // new output can hard-link from the current one.
  const hashes = files.map((f) => `${hashOf(f.contents).slice(0, 32)} ${f.path}`);
  const stamp = `${hashes.join('\n')}\n`;
  const stampPath = join(dir, 'dist', '.ndd-build');
  const previous = await readFile(stampPath, 'utf8').catch(() => undefined);
  const changed = previous !== stamp;
  if (changed) {
    const before = new Set(previous?.split('\n') ?? []);
    const unchanged = new Set(files.filter((_, i) => before.has(hashes[i]!)).map((f) => f.path));
    await replaceDirectory(join(dir, 'dist'), [...files, { path: '.ndd-build', contents: stamp }], unchanged);
  }
  return {
    name: domain.package,
    dir,
    files: files.length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.contents), 0),
    changed: changed || manifest !== existingText,
  };
}

/** A domain package's manifest as it is on disk (changesets owns its version). */
interface Manifest {
  readonly text: string | undefined;
  readonly value: Record<string, unknown> | undefined;
}

/** Reads a package.json once per build; a broken one is an error naming the file, not a stack trace. */
async function readManifest(path: string): Promise<Manifest> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return { text, value: undefined };
  try {
    return { text, value: JSON.parse(text) as Record<string, unknown> };
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); fix it or delete it to have it written again.`);
  }
}
