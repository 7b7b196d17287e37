import { modulePathOf } from '@ndd/generator-kit';
import { openApiInputDomains } from '@ndd/generator-openapi';
import type { Dictionary, DomainRecord, SchemaRecord } from '@ndd/registry';
import { hashOf } from './cache.js';

/** Bumped whenever a generator's output changes for the same input, so old cache entries are never hit. */
const TYPES_GENERATOR_VERSION = 'types@2';
const VALIDATORS_GENERATOR_VERSION = 'validators@2';
const OPENAPI_GENERATOR_VERSION = 'openapi@2';
const OPENAPI_COMPONENTS_VERSION = 'openapi-components@1';
const PREFLIGHT_VERSION = 'preflight@1';
/** Bumped whenever what a package holds besides the generators' output changes (stamp, layout). */
const PACKAGE_VERSION = 'package@2';

/**
 * The cache keys of a build: for each generated output, a hash of everything it depends on
 * (and of the generator code, through `fingerprint`), so that equal keys mean equal bytes. The
 * main thread and the workers compute them with this one class; a worker refuses a job whose
 * key it computes differently (its dictionary was read at another moment).
 */
export class BuildKeys {
  readonly #config: string;
  /** Per domain, a hash of its schemas' ids, contents and names (see {@link openapi}); made on first use. */
  #domainDigests: Map<string, string> | undefined;

  constructor(
    readonly dictionary: Dictionary,
    readonly names: ReadonlyMap<string, string>,
    readonly fingerprint: string,
  ) {
    this.#config = JSON.stringify([dictionary.config, [...dictionary.domains.values()].map((d) => [d.name, d.package, d.title, d.description])]);
  }

  /**
   * A schema's types depend on its own content and on the names and module paths of what it
   * references (an import line), not on the content of those schemas.
   */
  types(record: SchemaRecord): string {
    const deps = this.dictionary.dependenciesOf(record.id).map((id) => {
      const dep = this.dictionary.schemas.get(id)!;
      return `${id}=${this.names.get(id)}@${this.dictionary.domains.get(dep.domain)?.package}/${modulePathOf(dep)}`;
    });
    return hashOf(TYPES_GENERATOR_VERSION, this.fingerprint, record.id, record.contentHash, this.names.get(record.id)!, record.file, ...deps);
  }

  /**
   * A schema's validators depend on its own content, on whether something blocks it, and on the
   * names, module paths and packages of the schemas it references directly (imports), not on the
   * rest of their content: not even their titles, which label errors through the referenced
   * module's own label table at run time.
   */
  validators(domain: DomainRecord, record: SchemaRecord, blocker: string | undefined): string {
    const deps = this.dictionary.dependenciesOf(record.id).map((id) => {
      const dep = this.dictionary.schemas.get(id)!;
      return `${id}=${this.names.get(id)}@${this.dictionary.domains.get(dep.domain)?.package}/${modulePathOf(dep)}`;
    });
    return hashOf(VALIDATORS_GENERATOR_VERSION, this.fingerprint, record.id, record.contentHash, this.names.get(record.id)!, domain.name, blocker ?? '', ...deps);
  }

  /**
   * A domain's OpenAPI documents depend on every schema of each domain they bundle from (component
   * names depend on a whole domain's names), the configuration and the package version. Each
   * domain's schemas are hashed once a build, not once for every document that bundles them.
   */
  openapi(domain: DomainRecord, version: string): string {
    const digests = (this.#domainDigests ??= this.#digestDomains());
    const domains = openApiInputDomains(this.dictionary, domain);
    return hashOf(OPENAPI_GENERATOR_VERSION, this.fingerprint, domain.name, version, this.#config, ...domains.flatMap((name) => [name, digests.get(name) ?? '']));
  }

  #digestDomains(): Map<string, string> {
    const parts = new Map<string, string[]>();
    for (const record of this.dictionary.schemas.values()) {
      let list = parts.get(record.domain);
      if (!list) parts.set(record.domain, (list = []));
      list.push(record.id, record.contentHash, this.names.get(record.id)!);
    }
    return new Map([...parts].map(([name, list]) => [name, hashOf(...list)]));
  }

  /**
   * The salt of the OpenAPI generator's component keys: what decides a component's bytes besides
   * the dictionary files (the generator code, the configuration: base URI, domains, packages).
   */
  openapiComponentSalt(): string {
    return hashOf(OPENAPI_COMPONENTS_VERSION, this.fingerprint, this.#config);
  }

  /** What stops a schema's validator (an unsafe pattern…) depends on its file alone. */
  preflight(record: SchemaRecord): string {
    return hashOf(PREFLIGHT_VERSION, this.fingerprint, record.file, record.contentHash);
  }

  /**
   * Everything a domain package's `dist/` depends on: the keys of all its generated parts (the
   * package-level files are made from them), its schemas' sources, the configuration and the
   * version. Equal keys: the package is unchanged and is neither generated nor written.
   */
  package(domain: DomainRecord, version: string, parts: readonly string[]): string {
    const sources = domain.schemaIds.map((id) => {
      const record = this.dictionary.schemas.get(id)!;
      return `${id}|${record.file}|${record.contentHash}|${this.names.get(id)}|${record.metadata.kind}|${record.codes.length}`;
    });
    return hashOf(PACKAGE_VERSION, this.fingerprint, this.#config, domain.name, version, ...sources, ...parts);
  }
}

/**
 * The version in a stamp of a file of a cached part (a schema's types or validators, a domain's
 * OpenAPI documents): the part's key, which hashes everything its files are made from. Versions
 * are only ever compared for one path (see atomic-dir's sync), so a part's files share it; a
 * hash of key and path for each of the ~35,000 files of a 5,000-schema dictionary cost ~40 ms of
 * every build.
 */
export function partFileVersion(key: string): string {
  return key.slice(0, 32);
}

/** The version of a generated file in a stamp: equal versions mean equal bytes. */
export function fileVersion(...parts: readonly string[]): string {
  return hashOf(...parts).slice(0, 32);
}
