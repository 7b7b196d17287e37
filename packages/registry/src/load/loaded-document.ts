import type { CodeEntry, SchemaMetadata } from '../model.js';
import type { PathIdentity } from './check-identity.js';
import type { KeywordScan } from './check-keywords.js';
import type { FileContext } from './file-context.js';

/** A schema file that parsed as a JSON object and has a usable `$id`. */
export interface LoadedDocument {
  readonly ctx: FileContext;
  readonly id: string;
  readonly identity: PathIdentity | undefined;
  readonly doc: Record<string, unknown>;
  readonly metadata: SchemaMetadata | undefined;
  readonly codes: CodeEntry[];
  readonly scan: KeywordScan;
  readonly contentHash: string;
}
