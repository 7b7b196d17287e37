import { isAbsolute, relative } from 'node:path';
import { exitCodeFor, ExitCode, type Format } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';
import { formatDomainSummary, summarizeDomains } from '../views/summary.js';
import { loadAt } from './load.js';
import { printDiagnostics } from './report.js';

/**
 * `ndd build`: load and check the dictionary and report what it holds. The generators (types,
 * validators, OpenAPI, docs) come as further steps after the check.
 */
export async function build(options: { readonly path: string | undefined; readonly format: Format }, io: CliIo): Promise<ExitCode> {
  const started = performance.now();
  const loaded = await loadAt(options.path, io);
  const elapsed = Math.round(performance.now() - started);
  // The summary is for people: with a machine format it goes to stderr so stdout stays one document.
  const summaryOut = options.format === 'text' ? io.stdout : io.stderr;
  if (loaded.dictionary !== undefined) {
    summaryOut.write(`Loaded ${loaded.dictionary.schemas.size} schemas from ${displayPath(io.cwd, loaded.root)} in ${elapsed} ms\n\n`);
    summaryOut.write(`${formatDomainSummary(summarizeDomains(loaded.dictionary))}\nNothing is generated yet: the generators come in a later release.\n\n`);
  }
  printDiagnostics(io, loaded, options.format);
  return loaded.dictionary === undefined ? ExitCode.UsageOrLoadError : exitCodeFor(loaded.diagnostics);
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
