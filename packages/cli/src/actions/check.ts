import { ExitCode, type Format } from '@ndd/diagnostics';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { locateDictionary } from '../locate.js';
import { formatCheckSummary } from '../views/check.js';
import { printDiagnostics } from './report.js';
import { repositoryOf } from './repository.js';

/**
 * `ndd check --against <ref>`: runs @ndd/check and prints the summary (schemas, verdicts,
 * bumps, impact) and the findings. Exit 0 when nothing blocks, 1 on a blocking finding, 2 when
 * the base or the dictionary cannot be read.
 */
export async function check(options: { readonly path: string | undefined; readonly against: string; readonly format: Format; readonly today: string | undefined }, io: CliIo): Promise<ExitCode> {
  const { checkDictionary } = await import('@ndd/check');
  const dictionaryDir = locateDictionary(options.path, io.cwd);
  const { repoDir, dictionarySubdir } = repositoryOf(dictionaryDir);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);
  const result = await checkDictionary({ repoDir, against: options.against, dictionaryDir, dictionarySubdir, today });
  const unreadable = result.diagnostics.some((d) => d.code === 'source-unreadable' || d.code === 'missing-config');
  if (options.format === 'json') {
    const { sources: _sources, ...data } = result;
    io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  } else if (unreadable) {
    printDiagnostics(io, { diagnostics: result.diagnostics, sources: result.sources, root: dictionaryDir }, options.format);
  } else {
    const summary = formatCheckSummary(result, options.format === 'markdown' ? 'markdown' : 'text');
    (options.format === 'text' || options.format === 'markdown' ? io.stdout : io.stderr).write(summary);
    printDiagnostics(io, { diagnostics: result.diagnostics, sources: result.sources, root: dictionaryDir }, options.format);
  }
  if (unreadable) return ExitCode.UsageOrLoadError;
  return result.ok ? ExitCode.Clean : ExitCode.Findings;
}
