import type { CodeEntry, SchemaMetadata } from '../model.js';
import type { PathIdentity } from './check-identity.js';
import type { KeywordScan } from './check-keywords.js';
import type { FileContext } from './file-context.js';

/** A schema file that parsed as a JSON object and has a usable `$id`. */
export interface LoadedDocument {
  readonly ctx: FileContext;
  readonly id: string;
  readonly identity: PathIdentity | undefined;
  /**
   * The parsed document (the same object at every call). A file read afresh was parsed already;
   * one whose reading came from the reading cache is parsed on the first call, so a load that
   * needs only what the reading kept (a rebuild, a check) does not parse every file.
   */
  readonly parsed: () => Record<string, unknown>;
  /** The root's `title` and `x-title-en` (empty when not strings). */
  readonly title: string;
  readonly titleEn: string;
  readonly metadata: SchemaMetadata | undefined;
  readonly codes: CodeEntry[];
  readonly scan: KeywordScan;
  /**
   * For each JSON-pointer fragment that a `$ref` of this document aims at inside the document
   * itself (`#/$defs/…`), whether the pointer exists: resolving those needs no parse.
   */
  readonly ownFragments: ReadonlyMap<string, boolean>;
  readonly contentHash: string;
}
