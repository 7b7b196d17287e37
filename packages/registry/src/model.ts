/**
 * The immutable model of a loaded dictionary. Every tool (lint, compat, generators, CLI) reads
 * this; only the loader builds it.
 */
import type { SourcePosition } from '@ndd/diagnostics';

/** Any JSON value, as parsed. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
/** A JSON object, as parsed. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** A bilingual text: Vietnamese first, English second. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** A reference to a legal document (vocabulary `legalReference`). */
export interface LegalReference {
  readonly document: string;
  readonly title: Bilingual;
  readonly provision?: string;
  readonly issued?: string;
  readonly effective?: string;
  readonly url?: string;
  readonly confidence?: 'certain' | 'likely' | 'unverified';
}

export type SchemaKind = 'entity' | 'element' | 'codelist';
/** ISO/IEC 11179 registration status. */
export type RegistrationStatus =
  | 'candidate'
  | 'recorded'
  | 'qualified'
  | 'standard'
  | 'preferred'
  | 'superseded'
  | 'retired';
export type DataLayer =
  | 'master'
  | 'reference'
  | 'transactional'
  | 'aggregate'
  | 'analytical'
  | 'open'
  | 'metadata'
  | 'source';
export type CompatibilityPolicy =
  | 'NONE'
  | 'BACKWARD'
  | 'BACKWARD_TRANSITIVE'
  | 'FORWARD'
  | 'FORWARD_TRANSITIVE'
  | 'FULL'
  | 'FULL_TRANSITIVE';

/** The root `x-ndd` keyword of a dictionary schema. */
export interface SchemaMetadata {
  readonly version: string;
  readonly kind: SchemaKind;
  readonly status: RegistrationStatus;
  readonly layer: DataLayer;
  readonly steward: { readonly agency: Bilingual; readonly unit?: Bilingual };
  readonly legalBasis: readonly LegalReference[];
  readonly management?: {
    readonly sourceSystem?: Bilingual;
    readonly owner?: Bilingual;
    readonly update?: Bilingual;
  };
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly deprecated?: { readonly since: string; readonly successor?: string; readonly reason: Bilingual };
  readonly compatibility?: CompatibilityPolicy;
}

/** One entry of a code list (`x-codes`). */
export interface CodeEntry {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly successors?: readonly string[];
  readonly parent?: string;
  readonly note?: string;
  /** Earlier labels of a code whose name changed, oldest first (the last one is the current label). */
  readonly labelHistory?: readonly LabelPeriod[];
}

/** A label of a code and the period it applied in. */
export interface LabelPeriod {
  readonly vi: string;
  readonly en: string;
  readonly validFrom: string;
  readonly validTo?: string;
  readonly legalBasis?: readonly LegalReference[];
}

/** A span in a source file. */
export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

/** A `$ref` found in a schema, resolved. */
export interface Reference {
  /** JSON pointer of the `$ref` keyword's parent object in the referring file. */
  readonly pointer: string;
  /** The `$ref` value as written. */
  readonly ref: string;
  /** `$id` of the schema the reference lands in. */
  readonly targetId: string;
  /** JSON pointer inside the target schema ('' for its root). */
  readonly targetPointer: string;
}

/** A `$defs` entry of a schema file. */
export interface SchemaDefinition {
  /** JSON pointer of the schema holding the `$defs`. */
  readonly parent: string;
  /** JSON pointer of the entry itself: `<parent>/$defs/<name>`. */
  readonly pointer: string;
  readonly name: string;
}

/** A schema of the dictionary, with everything known about it. */
export interface SchemaRecord {
  /** The absolute `$id`, e.g. `https://schemas.ndd.gov.vn/core/person/v1`. */
  readonly id: string;
  /** Path relative to the dictionary root, with `/` separators: `core/person/v1.schema.json`. */
  readonly file: string;
  /** First path segment: the domain. */
  readonly domain: string;
  /** Path between the domain and the major: `person`, `codelists/sex`. */
  readonly name: string;
  /** The major version in the path and `$id`. */
  readonly major: number;
  /**
   * The parsed schema, deeply frozen. A file read before (the reading cache) is parsed on first
   * use: a rebuild or a check of a large dictionary reads most schemas only by their other fields.
   */
  readonly schema: JsonObject;
  /** Vietnamese label (`title`). */
  readonly title: string;
  /** English label (`x-title-en`). */
  readonly titleEn: string;
  readonly metadata: SchemaMetadata;
  /** Code entries in enum order, for code lists; empty otherwise. */
  readonly codes: readonly CodeEntry[];
  /** The `$defs` entries of the file, in document order (a def inside a def after its owner). */
  readonly definitions: readonly SchemaDefinition[];
  /** References going out of this schema (in document order). */
  readonly references: readonly Reference[];
  /** SHA-256 of the file's bytes, hex. */
  readonly contentHash: string;
  /** Source range of the node at a JSON pointer in this file, if the node exists. */
  positionOf(pointer: string): SourceRange | undefined;
}

/** A domain of the dictionary, as configured in `ndd.dictionary.json`. */
export interface DomainRecord {
  readonly name: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  readonly package: string;
  readonly steward?: Bilingual;
  readonly legalBasis?: readonly LegalReference[];
  readonly compatibility: CompatibilityPolicy;
  /** `$id`s of the domain's schemas, sorted. */
  readonly schemaIds: readonly string[];
}

/** The dictionary configuration file. */
export interface DictionaryConfig {
  readonly baseUri: string;
  readonly title: Bilingual;
  readonly legalBasis?: readonly LegalReference[];
}

/** A loaded, checked, indexed dictionary. Immutable. */
export interface Dictionary {
  /** Where it was read from: a directory, or `git:<ref>:<path>`. */
  readonly source: string;
  readonly config: DictionaryConfig;
  /** Schemas by `$id`, in sorted `$id` order. */
  readonly schemas: ReadonlyMap<string, SchemaRecord>;
  /** Domains by name, in sorted order. */
  readonly domains: ReadonlyMap<string, DomainRecord>;
  /** The schema with this `$id`, or whose `domain/name/vN` or `domain/name` (latest major) matches. */
  find(idOrName: string): SchemaRecord | undefined;
  /** `$id`s this schema references directly (sorted, without itself). */
  dependenciesOf(id: string): readonly string[];
  /** `$id`s that reference this schema directly (sorted, without itself). */
  dependentsOf(id: string): readonly string[];
  /** `$id`s that reach this schema through any chain of references (sorted, without itself). */
  transitiveDependentsOf(id: string): readonly string[];
}
