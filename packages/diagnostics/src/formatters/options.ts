/** Returns the text of a source file (as named in `Diagnostic.file`), or undefined if unknown. */
export type SourceLookup = (file: string) => string | undefined;

/** Options shared by every formatter; each formatter reads only what it needs. */
export interface FormatOptions {
  /** ANSI colours in `text` output. The caller decides (see {@link shouldUseColor}); default off. */
  readonly color?: boolean;
  /** Source texts for the code frames of `text` output. */
  readonly sources?: SourceLookup;
  /** Lines of context above and below the offending line in a code frame. Default 2. */
  readonly contextLines?: number;
  /** Name and version of the reporting tool (SARIF `tool.driver`, Markdown heading). */
  readonly tool?: { readonly name: string; readonly version: string; readonly informationUri?: string };
  /** A one-line description per diagnostic code (SARIF rule descriptions). */
  readonly describeCode?: (code: string) => string | undefined;
  /** Most rows in the Markdown details table; GitHub caps a comment at 65,536 characters. Default 100. */
  readonly maxRows?: number;
}

/** The tool named in reports when the caller does not say. */
export const DEFAULT_TOOL = { name: 'ndd', version: '0.0.0' } as const;
