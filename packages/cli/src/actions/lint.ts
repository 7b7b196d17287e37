import { exitCodeFor, ExitCode, type Format } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';
import { loadAt } from './load.js';
import { printDiagnostics } from './report.js';

/**
 * `ndd lint`: load and check the dictionary and print every finding. Exit 1 on any error, 2 when
 * the dictionary could not be loaded at all (no readable configuration).
 */
export async function lint(options: { readonly path: string | undefined; readonly format: Format }, io: CliIo): Promise<ExitCode> {
  const loaded = await loadAt(options.path, io);
  printDiagnostics(io, loaded, options.format);
  return loaded.dictionary === undefined ? ExitCode.UsageOrLoadError : exitCodeFor(loaded.diagnostics);
}
