/** A file of the dictionary as read from its source, before any check. */
export interface RawFile {
  /** Path relative to the dictionary root, `/`-separated. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Thrown when a source cannot be read at all (missing directory, unknown git ref). */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
