import type {
  CompatibilityPolicy,
  Dictionary,
  DictionaryConfig,
  DomainRecord,
  CodeEntry,
  JsonObject,
  Reference,
  SchemaDefinition,
  SchemaMetadata,
  SchemaRecord,
  SourceRange,
} from '../model.js';
import type { LoadedDocument } from './loaded-document.js';
import type { ResolvedRef } from './resolve-refs.js';
import { deepFreeze } from '../freeze.js';

/** A domain as configured in ndd.dictionary.json. */
export interface ConfiguredDomain {
  readonly title: DomainRecord['title'];
  readonly description: DomainRecord['description'];
  readonly package: string;
  readonly steward?: DomainRecord['steward'];
  readonly legalBasis?: DomainRecord['legalBasis'];
  readonly compatibility?: CompatibilityPolicy;
}

const DEFAULT_POLICY: CompatibilityPolicy = 'FULL_TRANSITIVE';

/** Builds the immutable model from the documents that loaded. */
export function buildDictionary(
  source: string,
  config: DictionaryConfig,
  configuredDomains: Readonly<Record<string, ConfiguredDomain>>,
  docs: ReadonlyMap<string, LoadedDocument>,
  refs: ReadonlyMap<string, readonly ResolvedRef[]>,
): Dictionary {
  const ids = [...docs.keys()].sort();
  const schemas = new Map<string, SchemaRecord>();
  const dependencies = new Map<string, string[]>();
  const dependents = new Map<string, Set<string>>();
  for (const id of ids) {
    const doc = docs.get(id)!;
    const references: Reference[] = (refs.get(id) ?? []).map(({ pointer, ref, targetId, targetPointer }) =>
      Object.freeze({ pointer, ref, targetId, targetPointer }),
    );
    const out = [...new Set(references.map((r) => r.targetId))].filter((t) => t !== id).sort();
    dependencies.set(id, out);
    for (const target of out) {
      let set = dependents.get(target);
      if (!set) dependents.set(target, (set = new Set()));
      set.add(id);
    }
    schemas.set(id, recordOf(doc, references));
  }
  const domains = new Map<string, DomainRecord>();
  for (const name of Object.keys(configuredDomains).sort()) {
    const d = configuredDomains[name]!;
    domains.set(
      name,
      Object.freeze({
        name,
        title: d.title,
        description: d.description,
        package: d.package,
        ...(d.steward ? { steward: d.steward } : {}),
        ...(d.legalBasis ? { legalBasis: d.legalBasis } : {}),
        compatibility: d.compatibility ?? DEFAULT_POLICY,
        schemaIds: Object.freeze(ids.filter((id) => schemas.get(id)!.domain === name)),
      }),
    );
  }
  const dependentsSorted = new Map([...dependents].map(([k, v]) => [k, Object.freeze([...v].sort())]));
  const transitive = new Map<string, readonly string[]>();
  const empty: readonly string[] = Object.freeze([]);

  const dictionary: Dictionary = {
    source,
    config,
    schemas,
    domains,
    find(idOrName) {
      const exact = schemas.get(idOrName);
      if (exact) return exact;
      const wanted = idOrName.replace(/^\/+|\/+$/g, '');
      const withMajor = /^(.*)\/v(\d+)$/.exec(wanted);
      const matches = [...schemas.values()].filter((s) =>
        withMajor
          ? `${s.domain}/${s.name}` === withMajor[1] && s.major === Number(withMajor[2])
          : `${s.domain}/${s.name}` === wanted || s.name === wanted,
      );
      // Without a major, the latest one; an ambiguous bare name finds nothing.
      const names = new Set(matches.map((s) => `${s.domain}/${s.name}`));
      if (names.size !== 1) return undefined;
      return matches.sort((a, b) => b.major - a.major)[0];
    },
    dependenciesOf: (id) => dependencies.get(id) ?? empty,
    dependentsOf: (id) => dependentsSorted.get(id) ?? empty,
    transitiveDependentsOf(id) {
      const cached = transitive.get(id);
      if (cached) return cached;
      const seen = new Set<string>();
      const queue = [id];
      while (queue.length > 0) {
        for (const next of dependentsSorted.get(queue.pop()!) ?? []) {
          if (!seen.has(next) && next !== id) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      const result = Object.freeze([...seen].sort());
      transitive.set(id, result);
      return result;
    },
  };
  return Object.freeze(dictionary);
}

function recordOf(doc: LoadedDocument, references: readonly Reference[]): SchemaRecord {
  return Object.freeze(new LoadedSchema(doc, references));
}

/**
 * A schema of the model. Its `schema` is a getter of the class (one function for every record,
 * so that reading it stays a monomorphic property access) that parses the file on first use when
 * its reading came from the cache (see LoadedDocument.parsed). Every other field is an own data
 * property; the instance is frozen, and the private field only memoises the parse.
 */
class LoadedSchema implements SchemaRecord {
  readonly id: string;
  readonly file: string;
  readonly domain: string;
  readonly name: string;
  readonly major: number;
  readonly title: string;
  readonly titleEn: string;
  readonly metadata: SchemaMetadata;
  readonly codes: readonly CodeEntry[];
  readonly definitions: readonly SchemaDefinition[];
  readonly references: readonly Reference[];
  readonly contentHash: string;
  readonly positionOf: (pointer: string) => SourceRange | undefined;
  readonly #parsed: () => Record<string, unknown>;
  #schema: JsonObject | undefined;

  constructor(doc: LoadedDocument, references: readonly Reference[]) {
    const identity = doc.identity;
    const fallback = identity ? undefined : idParts(doc.id);
    this.id = doc.id;
    this.file = doc.ctx.file;
    this.domain = identity?.domain ?? fallback!.domain;
    this.name = identity?.name ?? fallback!.name;
    this.major = identity?.major ?? fallback!.major;
    this.title = doc.title;
    this.titleEn = doc.titleEn;
    // A schema without valid metadata is reported and still indexed, with what can be known.
    this.metadata = doc.metadata ? deepFreeze(doc.metadata) : deepFreeze({ version: '0.0.0', kind: 'element', status: 'candidate', layer: 'reference', steward: { agency: { vi: '', en: '' } }, legalBasis: [] });
    this.codes = Object.freeze(doc.codes.map((c) => deepFreeze(c)));
    this.definitions = Object.freeze(doc.scan.definitions.map((d) => Object.freeze({ parent: d.parent, pointer: d.pointer, name: d.name })));
    this.references = Object.freeze(references);
    this.contentHash = doc.contentHash;
    const locator = doc.ctx;
    this.positionOf = (pointer) => (locator.locator.has(pointer) ? locator.locator.rangeOf(pointer) : undefined);
    this.#parsed = doc.parsed;
  }

  get schema(): JsonObject {
    this.#schema ??= deepFreeze(this.#parsed()) as JsonObject;
    return this.#schema;
  }
}

function idParts(id: string): { domain: string; name: string; major: number } {
  const segments = new URL(id).pathname.split('/').filter(Boolean);
  const major = Number(/^v(\d+)$/.exec(segments.at(-1) ?? '')?.[1] ?? 0);
  return { domain: segments[0] ?? '', name: segments.slice(1, -1).join('/'), major };
}

