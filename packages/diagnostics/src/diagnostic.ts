/**
 * The one finding type shared by loading, linting and compatibility checking.
 *
 * A diagnostic always says *where* (file, JSON pointer, line, column), *what* (code, message)
 * and, where we know it, *how to fix it* (hint). Formatters turn a list of them into text,
 * JSON, GitHub annotations, a Markdown PR comment or SARIF.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A position in a source file. Lines and columns are 1-based, as editors show them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A finding about the dictionary, a schema, a change or a data record. */
export interface Diagnostic {
  /** Stable identifier of the kind of finding, e.g. `dangling-ref`. Never changes once released. */
  readonly code: string;
  readonly severity: Severity;
  /** One sentence in English saying what is wrong. */
  readonly message: string;
  /** The file the finding is about, relative to the dictionary root (or as given by the user). */
  readonly file?: string;
  /** RFC 6901 JSON pointer to the node inside the file ('' is the document root). */
  readonly pointer?: string;
  /** Start of the offending node. */
  readonly start?: SourcePosition;
  /** End of the offending node (exclusive), when known. */
  readonly end?: SourcePosition;
  /** How to fix it. */
  readonly hint?: string;
  /** Extra structured data for machine consumers (kept out of text output). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Documented process exit codes, shared by every `ndd` command. */
export const ExitCode = {
  /** Nothing to report. */
  Clean: 0,
  /** Findings of severity `error` (or a not-compatible verdict). */
  Findings: 1,
  /** Bad usage, or input that could not be loaded at all. */
  UsageOrLoadError: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code for a list of findings: `Findings` when any is an error, else `Clean`. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): ExitCode {
  return diagnostics.some((d) => d.severity === 'error') ? ExitCode.Findings : ExitCode.Clean;
}

/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** A deterministic order: by file, then line, column, code and message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file ?? '', b.file ?? '') ||
    (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
    (a.start?.column ?? 0) - (b.start?.column ?? 0) ||
    cmp(a.pointer ?? '', b.pointer ?? '') ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
