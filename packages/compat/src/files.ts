/** `compatFiles`: what `ndd compat OLD NEW` runs. */
import { compareSchemas, SchemaLoadError } from './compare.js';
import { UnknownDialectError } from './dialect.js';
import { formatReport, type OutputFormat } from './format/index.js';
import { LoadError, loadJsonFile } from './load.js';
import type { Mode } from './types.js';

export type { OutputFormat } from './format/index.js';

/** Options of {@link compatFiles}. */
export interface CompatFilesOptions {
  readonly mode?: Mode;
  readonly format?: OutputFormat;
}

/** Output and exit code for the CLI: 0 compatible, 1 not compatible, 2 usage or load error. */
export interface CompatFilesResult {
  readonly output: string;
  readonly exitCode: 0 | 1 | 2;
}

const MODES: readonly Mode[] = ['BACKWARD', 'FORWARD', 'FULL', 'NONE'];
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'github', 'markdown', 'sarif'];

/**
 * Compares two schema files and renders the report. Never throws for bad input: unreadable
 * files, invalid JSON (with line and column), invalid schemas and bad options give exit code 2
 * and a one-line message naming the file. With `format: 'json'` the output is exactly one JSON
 * object (an error is `{"error": "..."}`).
 */
export function compatFiles(oldPath: string, newPath: string, options: CompatFilesOptions = {}): CompatFilesResult {
  const mode = options.mode ?? 'BACKWARD';
  const format = options.format ?? 'text';
  const fail = (message: string): CompatFilesResult => ({ output: format === 'json' ? `${JSON.stringify({ error: message })}\n` : `error: ${message}\n`, exitCode: 2 });
  if (!MODES.includes(mode)) return fail(`unknown mode "${String(mode)}" (expected ${MODES.join(', ')})`);
  if (!FORMATS.includes(format)) return { output: `error: unknown format "${String(format)}" (expected ${FORMATS.join(', ')})\n`, exitCode: 2 };
  try {
    const oldSchema = loadJsonFile(oldPath);
    const newSchema = loadJsonFile(newPath);
    const report = compareSchemas(oldSchema, newSchema, { mode });
    return { output: formatReport(report, format, { oldPath, newPath }), exitCode: report.compatible ? 0 : 1 };
  } catch (e) {
    if (e instanceof LoadError) return fail(e.message);
    if (e instanceof SchemaLoadError) return fail(`${e.side === 'old' ? oldPath : newPath}: ${e.message.replace(/^the (old|new) schema /, '')}`);
    if (e instanceof UnknownDialectError) return fail(e.message);
    return fail(`internal error: ${(e as Error).message ?? String(e)}`);
  }
}
