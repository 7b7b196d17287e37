import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '@ndd/diagnostics';
import { exportNames, modulePathOf } from '@ndd/generator-kit';
import { typesIndexFiles } from '@ndd/generator-types/index-files';
import {
  blockedSchemas,
  knownPatternVerdicts,
  preflight,
  RECHECK_SETTINGS,
  rememberPatternVerdicts,
  schemaPatterns,
  validatorsPackageFiles,
  type IndexEntry,
  type PatternVerdict,
  type SchemaValidators,
} from '@ndd/generator-validators';
import { loadDictionary, type Dictionary, type DomainRecord, type SchemaRecord } from '@ndd/registry';
import { lacksStage, prepareStage, readStampOf, replaceDirectory, type VersionedFile } from './atomic-dir.js';
import { ContentCache, hashOf, type CachedEntry, type ContentFile } from './cache.js';
import { generatorFingerprint } from './fingerprint.js';
import { runJob, type Job, type JobOutput } from './jobs.js';
import { BuildKeys, fileVersion, partFileVersion } from './keys.js';
import { domainManifest } from './manifest.js';
import { CachedComponents, COMPONENTS_NAMESPACE } from './openapi-components.js';
import { Scheduler } from './scheduler.js';
import { stampText } from './stamp.js';

/** What generated validators import at run time (besides other domain packages). */
const RUNTIME_DEPENDENCIES: Readonly<Record<string, string>> = { '@ndd/formats': '^0.1.0' };

/**
 * Jobs (schemas to generate, patterns to check) from which worker threads pay for reading the
 * dictionary again; fewer run on the main thread alone (an incremental build).
 */
const WORKER_THRESHOLD = 150;

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
  /**
   * Worker threads for a build with much to generate (default: one less than the cores, at
   * most 3; 0: none). The output does not depend on it.
   */
  readonly workers?: number;
  /**
   * Start the workers whatever the amount of work, and let them answer a job before the main
   * thread takes any (tests of the threaded path, which must run there however fast the main
   * thread is).
   */
  readonly forceWorkers?: boolean;
}

/** What one build did. */
export interface BuildSummary {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  readonly packages: readonly PackageSummary[];
  readonly schemas: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  /** Cache use by generator; the parts of an unchanged package count as hits. */
  readonly cache: Readonly<Record<string, { readonly hits: number; readonly misses: number }>>;
  /** Generation jobs run on the main thread and on worker threads. */
  readonly jobs: { readonly main: number; readonly workers: number };
}

/** One domain package in a {@link BuildSummary}. */
export interface PackageSummary {
  readonly name: string;
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly changed: boolean;
}

/** What the cache keeps of a package, to report an unchanged one without generating it. */
interface PackageMeta {
  readonly files: number;
  readonly bytes: number;
  readonly diagnostics: Diagnostic[];
}

/** What the cache keeps of a schema's validators beside its files. */
type ValidatorsMeta = Omit<SchemaValidators, 'files'>;

/**
 * Builds every domain package from the dictionary: loads and checks it (any error stops the
 * build before anything is written), runs the generators (pure; their results cached by content
 * hash, on worker threads when there is much to generate), and writes each package's `dist/`
 * atomically. A package whose inputs are all unchanged since its last build is neither
 * generated nor written. Deterministic: the same dictionary gives byte-identical files, whatever
 * the cache, the threads and the order work finished in.
 */
export async function buildPackages(options: BuildOptions): Promise<BuildSummary> {
  const fingerprint = await generatorFingerprint();
  const cache = new ContentCache(options.cacheDir);
  let components: CachedComponents | undefined;
  let prepared: Promise<CachedComponents> | undefined;
  const scheduler = new Scheduler(fingerprint, { components: () => (prepared ??= components!.prepare()) }, { waitForWorkers: options.forceWorkers === true });
  try {
    // With an empty cache everything is generated: the workers read the dictionary alongside
    // the main thread instead of after it (a second or more of a cold build at 1,000 schemas).
    // Without a cache at all (tests, one-off builds) the amount of work decides, as below.
    const early = options.cacheDir !== undefined && !cache.hasEntries('types') && workerCount(options) > 0;
    if (early) scheduler.startWorkers(workerCount(options), options.dictionaryDir, options.cacheDir);
    // The reading cache (what reading each file found) lives in the same cache folder.
    const loaded = await loadDictionary(options.dictionaryDir, options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    const dictionary = loaded.dictionary;
    if (!dictionary || errors.length > 0) {
      return { ok: false, diagnostics: loaded.diagnostics, sources: loaded.sources, packages: [], schemas: 0, cacheHits: 0, cacheMisses: 0, cache: {}, jobs: { main: 0, workers: 0 } };
    }
    const keys = new BuildKeys(dictionary, exportNames(dictionary), fingerprint);
    components = new CachedComponents(cache, keys.openapiComponentSalt());
    scheduler.useKeys(keys);
    const run = new Build(options, dictionary, loaded.sources, keys, scheduler, cache, components, early);
    const packages = await run.packages();
    const diagnostics = [...loaded.diagnostics, ...run.diagnostics];
    return {
      ok: !diagnostics.some((d) => d.severity === 'error'),
      diagnostics,
      sources: loaded.sources,
      packages,
      schemas: dictionary.schemas.size,
      cacheHits: cache.hits,
      cacheMisses: cache.misses,
      cache: Object.fromEntries(cache.byNamespace),
      jobs: { ...scheduler.ran },
    };
  } finally {
    await scheduler.close();
  }
}

/** Worker threads for a build with much to generate: the option, or one less than the cores (at most 3). */
function workerCount(options: BuildOptions): number {
  return options.workers ?? Math.max(0, Math.min(availableParallelism() - 1, 3));
}

/** A generated part looked up in the cache: its entry on a hit, its queued job's output on a miss. */
interface Part<M> {
  readonly namespace: string;
  readonly key: string;
  readonly hit: CachedEntry<M> | undefined;
  /** The job that generates it (run again when a hit's bytes cannot be read back). */
  readonly job: Job;
  readonly output: Promise<JobOutput> | undefined;
  /**
   * Whether the cache keeps the files' bytes. An OpenAPI document's are not: it is spliced
   * together again from its cached components when needed, and two multi-megabyte documents a
   * domain appended to the cache on every edit cost more than the splicing.
   */
  readonly kept: boolean;
}

/** What the cache keeps of a domain's OpenAPI documents besides their listing. */
interface OpenApiMeta {
  readonly diagnostics: Diagnostic[];
  /** The keys of their components: kept alive in the cache while the documents are. */
  readonly components: string[];
}

/** Everything decided about a domain package before it is assembled. */
interface PackagePlan {
  readonly domain: DomainRecord;
  readonly manifest: Manifest;
  readonly key: string;
  readonly types: ReadonlyMap<string, Part<null>>;
  readonly validators: ReadonlyMap<string, Part<ValidatorsMeta>>;
  readonly openapi: Part<OpenApiMeta>;
  /** Set when the package is unchanged since its last build. */
  readonly unchanged: PackageMeta | undefined;
}

/** One run of {@link buildPackages}, after the dictionary has loaded without errors. */
class Build {
  readonly cache: ContentCache;
  readonly diagnostics: Diagnostic[] = [];
  readonly #options: BuildOptions;
  readonly #dictionary: Dictionary;
  readonly #sources: ReadonlyMap<string, string>;
  readonly #keys: BuildKeys;
  readonly #scheduler: Scheduler;
  readonly #components: CachedComponents;
  #workersStarted = false;
  /** Each domain's place in the build order. */
  readonly #rank: ReadonlyMap<string, number>;

  constructor(options: BuildOptions, dictionary: Dictionary, sources: ReadonlyMap<string, string>, keys: BuildKeys, scheduler: Scheduler, cache: ContentCache, components: CachedComponents, workersStarted: boolean) {
    this.#options = options;
    this.#dictionary = dictionary;
    this.#sources = sources;
    this.#keys = keys;
    this.#scheduler = scheduler;
    this.cache = cache;
    this.#components = components;
    this.#workersStarted = workersStarted;
    this.#rank = new Map([...dictionary.domains.keys()].map((name, i) => [name, i]));
  }

  async packages(): Promise<PackageSummary[]> {
    const dictionary = this.#dictionary;
    // Types need nothing else: look them all up first, and queue the misses early.
    const types = new Map<string, { key: string; hit: CachedEntry<null> | undefined }>();
    for (const record of dictionary.schemas.values()) {
      const key = this.#keys.types(record);
      types.set(record.id, { key, hit: await this.cache.get<null>('types', key) });
    }
    const typesMissing = [...types.values()].filter((t) => !t.hit).length;
    const preflights = await this.#cachedPreflights();
    const patterns = await this.#uncheckedPatterns(preflights);
    this.#startWorkersFor(typesMissing + patterns.length * 4);
    // Patterns first: validators wait for their verdicts; types do not.
    const verdicts = patterns.map((p) => this.#submit({ kind: 'patterns', patterns: [p], key: '' }, -1));
    const typeJobs = new Map<string, Promise<JobOutput>>();
    for (const [id, t] of types) if (!t.hit) typeJobs.set(id, this.#submit({ kind: 'types', id, key: t.key }, this.#rank.get(dictionary.schemas.get(id)!.domain)!));
    for (const output of await Promise.all(verdicts)) {
      if (output.kind !== 'patterns') continue;
      rememberPatternVerdicts(output.verdicts);
      for (const [pattern, verdict] of output.verdicts) await this.cache.put('patterns', this.#patternKey(pattern), verdict, []);
    }
    const blocked = await this.#blocked(preflights);

    const plans: (PackagePlan | undefined)[] = [];
    for (const domain of dictionary.domains.values()) {
      plans.push(await this.#plan(domain, types, typeJobs, blocked));
    }
    // The plans hold their jobs' outputs: each is let go once its package is written, so that
    // generated text does not stay on the heap until the end of the build.
    typeJobs.clear();
    const summaries: PackageSummary[] = [];
    let done = 0;
    for (const [i, plan] of plans.entries()) {
      plans[i] = undefined;
      summaries.push(await this.#write(plan!));
      for (const id of plan!.domain.schemaIds) this.#options.onProgress?.(++done, dictionary.schemas.size, id);
    }
    await this.cache.flush();
    return summaries;
  }

  /** Decides whether a package is unchanged; if not, queues what it lacks. */
  async #plan(
    domain: DomainRecord,
    types: ReadonlyMap<string, { key: string; hit: CachedEntry<null> | undefined }>,
    typeJobs: ReadonlyMap<string, Promise<JobOutput>>,
    blocked: ReadonlyMap<string, string>,
  ): Promise<PackagePlan> {
    const dictionary = this.#dictionary;
    // The manifest's version (changesets owns it); a package's first build writes 0.0.0.
    const manifest = await readManifest(join(this.#options.outDir, domain.name, 'package.json'));
    const version = typeof manifest.value?.['version'] === 'string' ? manifest.value['version'] : '0.0.0';
    const validatorKeys = domain.schemaIds.map((id) => this.#keys.validators(domain, dictionary.schemas.get(id)!, blocked.get(id)));
    const openapiKey = this.#keys.openapi(domain, version);
    const key = this.#keys.package(domain, version, [...domain.schemaIds.flatMap((id, i) => [types.get(id)!.key, validatorKeys[i]!]), openapiKey]);

    const stamp = await readStampOf(join(this.#options.outDir, domain.name, 'dist'));
    const known = stamp?.key === key ? await this.cache.get<PackageMeta>('packages', key) : undefined;
    if (known && domain.schemaIds.every((id) => types.get(id)!.hit)) {
      // Unchanged: keep its entries alive in the cache, count them as reused, touch nothing.
      for (const [i, id] of domain.schemaIds.entries()) {
        await this.cache.keep('types', types.get(id)!.key);
        await this.cache.keep('validators', validatorKeys[i]!);
      }
      await this.#keepOpenApi(await this.cache.get<OpenApiMeta>('openapi', openapiKey));
      this.cache.count('types', 'hits', domain.schemaIds.length);
      this.cache.count('validators', 'hits', domain.schemaIds.length);
      this.cache.count('openapi', 'hits');
      const openapi = { namespace: 'openapi', key: openapiKey, hit: undefined, job: { kind: 'openapi', domain: domain.name, version, key: openapiKey }, output: undefined, kept: false } as const;
      return { domain, manifest, key, types: new Map(), validators: new Map(), openapi, unchanged: known.meta };
    }

    const typeParts = new Map<string, Part<null>>();
    const validatorParts = new Map<string, Part<ValidatorsMeta>>();
    let jobs = 0;
    for (const [i, id] of domain.schemaIds.entries()) {
      const t = types.get(id)!;
      this.cache.count('types', t.hit ? 'hits' : 'misses');
      typeParts.set(id, { namespace: 'types', key: t.key, hit: t.hit, job: { kind: 'types', id, key: t.key }, output: typeJobs.get(id), kept: true });
      const key = validatorKeys[i]!;
      const hit = await this.cache.get<ValidatorsMeta>('validators', key);
      this.cache.count('validators', hit ? 'hits' : 'misses');
      if (!hit) jobs++;
      const job: Job = { kind: 'validators', id, blocker: blocked.get(id), key };
      validatorParts.set(id, { namespace: 'validators', key, hit, job, output: hit ? undefined : this.#submit(job, this.#rank.get(domain.name)!), kept: true });
    }
    const openapiHit = await this.cache.get<OpenApiMeta>('openapi', openapiKey);
    await this.#keepOpenApi(openapiHit);
    this.cache.count('openapi', openapiHit ? 'hits' : 'misses');
    const openapiJob: Job = { kind: 'openapi', domain: domain.name, version, key: openapiKey };
    const openapi = { namespace: 'openapi', key: openapiKey, hit: openapiHit, job: openapiJob, output: openapiHit ? undefined : this.#submit(openapiJob, this.#rank.get(domain.name)!), kept: false };
    this.#startWorkersFor(jobs);
    return { domain, manifest, key, types: typeParts, validators: validatorParts, openapi, unchanged: undefined };
  }

  /** Assembles a package from its parts and writes it, unless it is unchanged. */
  async #write(plan: PackagePlan): Promise<PackageSummary> {
    const { domain } = plan;
    const dictionary = this.#dictionary;
    const dir = join(this.#options.outDir, domain.name);
    await mkdir(dir, { recursive: true });
    const manifestText = `${JSON.stringify(domainManifest(dictionary, domain, plan.manifest.value, RUNTIME_DEPENDENCIES), null, 2)}\n`;
    if (manifestText !== plan.manifest.text) await writeFile(join(dir, 'package.json'), manifestText);
    const manifestChanged = manifestText !== plan.manifest.text;
    if (plan.unchanged) {
      await this.#ensureStage(join(dir, 'dist'));
      this.diagnostics.push(...plan.unchanged.diagnostics);
      return { name: domain.package, dir, files: plan.unchanged.files, bytes: plan.unchanged.bytes, changed: manifestChanged };
    }

    const files: VersionedFile[] = [];
    const sizes: number[] = [];
    const diagnostics: Diagnostic[] = [];
    const entries: IndexEntry[] = [];
    const standardFormats = new Set<string>();
    for (const id of domain.schemaIds) {
      const record = dictionary.schemas.get(id)!;
      const typeFiles = await this.#filesOf(plan.types.get(id)!, (output) => (output.kind === 'types' ? { files: output.files, meta: null } : undefined));
      files.push(...typeFiles.files);
      sizes.push(...typeFiles.sizes);
      const validators = await this.#filesOf(plan.validators.get(id)!, (output) => {
        if (output.kind !== 'validators') return undefined;
        const { files: generated, ...meta } = output.value;
        return { files: generated, meta };
      });
      files.push(...validators.files);
      sizes.push(...validators.sizes);
      diagnostics.push(...validators.meta.diagnostics);
      entries.push(...validators.meta.entries);
      for (const f of validators.meta.standardFormats) standardFormats.add(f);
      const source = this.#sources.get(record.file)!;
      files.push(this.#computed(`schemas/${modulePathOf(record)}.schema.json`, source, ['schema', this.#keys.fingerprint, record.contentHash]));
      sizes.push(Buffer.byteLength(source));
    }
    for (const f of [...typesIndexFiles(dictionary, domain, this.#keys.names), ...validatorsPackageFiles(entries, standardFormats)]) {
      files.push(this.#computed(f.path, f.contents));
      sizes.push(Buffer.byteLength(f.contents));
    }
    const openapi = await this.#filesOf(plan.openapi, (output) => (output.kind === 'openapi' ? { files: output.documents.map((d) => ({ path: d.path, contents: d.bytes })), meta: { diagnostics: output.diagnostics, components: output.componentKeys } } : undefined));
    files.push(...openapi.files);
    sizes.push(...openapi.sizes);
    diagnostics.push(...openapi.meta.diagnostics);
    this.diagnostics.push(...diagnostics);

    const order = files.map((_, i) => i).sort((a, b) => (files[a]!.path < files[b]!.path ? -1 : files[a]!.path > files[b]!.path ? 1 : 0));
    const sorted = order.map((i) => files[i]!);
    const stamp = stampText(plan.key, sorted);
    const current = await readFile(join(dir, 'dist', '.ndd-build'), 'utf8').catch(() => undefined);
    const changed = current !== stamp;
    if (changed) await replaceDirectory(join(dir, 'dist'), sorted, stamp);
    await this.#ensureStage(join(dir, 'dist'));
    const meta: PackageMeta = { files: files.length, bytes: sizes.reduce((n, s) => n + s, 0), diagnostics };
    await this.cache.put('packages', plan.key, meta, []);
    return { name: domain.package, dir, files: meta.files, bytes: meta.bytes, changed: changed || manifestChanged };
  }

  /**
   * Makes the stage of an output that has none (a first build leaves none, a crash may leave it
   * half made) now, while the workers are still generating the next packages, so that the next
   * rebuild does not create every folder of the package for one edited file.
   */
  async #ensureStage(dist: string): Promise<void> {
    if (lacksStage(dist)) await prepareStage(dist);
  }

  /**
   * The files of a generated part, each with its version, and the part's meta. A miss's files
   * come from its job (and go into the cache); a hit's are read from the cache only if the
   * output folders lack them, and generated again if the cache cannot give them back.
   */
  async #filesOf<M>(part: Part<M>, fromOutput: (output: JobOutput) => { files: ContentFile[]; meta: M } | undefined): Promise<{ files: VersionedFile[]; sizes: number[]; meta: M }> {
    if (part.hit) {
      const hit = part.hit;
      let read: Promise<ContentFile[]> | undefined;
      const contentsOf = (path: string) => async (): Promise<string | Uint8Array> => {
        read ??= this.cache.files(part.namespace, part.key).then(async (files) => files ?? (await this.#regenerate(part, fromOutput)));
        const file = (await read).find((f) => f.path === path);
        if (!file) throw new Error(`the ${part.namespace} cache entry ${part.key} has no ${path}`);
        return file.contents;
      };
      const files = hit.files.map(([path]) => ({ path, version: partFileVersion(part.key), contents: contentsOf(path) }));
      return { files, sizes: hit.files.map(([, bytes]) => bytes), meta: hit.meta };
    }
    const output = fromOutput(await this.#took(await part.output!));
    if (!output) throw new Error(`a ${part.namespace} job gave the wrong kind of output`);
    // Every file is encoded once, which gives its size and the bytes to write (measuring, then
    // writing, a string encodes it twice; the OpenAPI documents are megabytes of non-ASCII text).
    // Kept parts are encoded by the cache, which holds their bytes until it is flushed.
    const encoded = part.kept ? await this.cache.put(part.namespace, part.key, output.meta, output.files) : output.files.map((f) => (typeof f.contents === 'string' ? Buffer.from(f.contents) : f.contents));
    const sizes = encoded.map((b) => b.length);
    if (!part.kept) await this.cache.putListing(part.namespace, part.key, output.meta, output.files.map((f, i) => [f.path, sizes[i]!]));
    const files = output.files.map((f, i) => ({
      path: f.path,
      version: partFileVersion(part.key),
      contents: () => encoded[i]!,
    }));
    return { files, sizes, meta: output.meta };
  }

  /** The files of a cache hit whose stored bytes could not be read back. */
  async #regenerate<M>(part: Part<M>, fromOutput: (output: JobOutput) => { files: ContentFile[] } | undefined): Promise<ContentFile[]> {
    const output = fromOutput(await this.#took(await runJob(this.#keys, part.job, { components: () => this.#components.prepare() })));
    if (!output) throw new Error(`a ${part.namespace} job gave the wrong kind of output`);
    return output.files;
  }

  /** Keeps the OpenAPI components a job converted (a worker's too) for the next documents and builds. */
  async #took(output: JobOutput): Promise<JobOutput> {
    if (output.kind === 'openapi') await this.#components.remember(output.components);
    return output;
  }

  /** Keeps the components of a domain's cached documents alive in the cache (they are their bytes). */
  async #keepOpenApi(entry: CachedEntry<OpenApiMeta> | undefined): Promise<void> {
    for (const key of entry?.meta.components ?? []) await this.cache.keep(COMPONENTS_NAMESPACE, key);
  }

  /**
   * A file made on the main thread from data at hand. Its version is the hash of the given
   * inputs, or else of its content. Versions never depend on whether the cache is on: the stamp
   * is part of the output, which must be the same bytes either way.
   */
  #computed(path: string, contents: string, inputs?: readonly string[]): VersionedFile {
    const version = inputs ? fileVersion(...inputs, path) : fileVersion('content', contents);
    return { path, version, contents: () => contents };
  }

  #submit(job: Job, priority: number): Promise<JobOutput> {
    const promise = this.#scheduler.submit(job, priority);
    // Rejections are handled where the output is awaited; this keeps an unawaited one (a
    // package that failed earlier) from crashing the process.
    promise.catch(() => undefined);
    return promise;
  }

  #startWorkersFor(jobs: number): void {
    const count = workerCount(this.#options);
    if (this.#workersStarted || count === 0 || (jobs < WORKER_THRESHOLD && !this.#options.forceWorkers)) return;
    this.#workersStarted = true;
    this.#scheduler.startWorkers(count, this.#options.dictionaryDir, this.#options.cacheDir);
  }

  /** Preflight findings kept in the cache by file content: id → findings, for the records known. */
  async #cachedPreflights(): Promise<Map<string, readonly Diagnostic[]>> {
    const known = new Map<string, readonly Diagnostic[]>();
    for (const record of this.#dictionary.schemas.values()) {
      const hit = await this.cache.get<Diagnostic[]>('preflight', this.#keys.preflight(record));
      if (hit) known.set(record.id, hit.meta);
    }
    return known;
  }

  /** Patterns of the schemas not preflighted yet whose verdict is not known (from this process or the cache). */
  async #uncheckedPatterns(preflights: ReadonlyMap<string, readonly Diagnostic[]>): Promise<string[]> {
    const unchecked = new Set<string>();
    const known = knownPatternVerdicts();
    for (const record of this.#dictionary.schemas.values()) {
      if (preflights.has(record.id)) continue;
      for (const pattern of schemaPatterns(record)) {
        if (known.has(pattern) || unchecked.has(pattern)) continue;
        const hit = await this.cache.get<PatternVerdict>('patterns', this.#patternKey(pattern));
        if (hit) rememberPatternVerdicts([[pattern, hit.meta]]);
        else unchecked.add(pattern);
      }
    }
    return [...unchecked].sort();
  }

  #patternKey(pattern: string): string {
    return hashOf(RECHECK_SETTINGS, this.#keys.fingerprint, pattern);
  }

  /** Which schemas cannot have validators, with every preflight now known (and kept). */
  async #blocked(preflights: Map<string, readonly Diagnostic[]>): Promise<Map<string, string>> {
    for (const record of this.#dictionary.schemas.values()) {
      if (preflights.has(record.id)) continue;
      const found = preflight(record);
      preflights.set(record.id, found);
      await this.cache.put('preflight', this.#keys.preflight(record), found, []);
    }
    return blockedSchemas(this.#dictionary, (record: SchemaRecord) => preflights.get(record.id)!);
  }
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
