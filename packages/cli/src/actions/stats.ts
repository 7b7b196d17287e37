import { ExitCode } from '@ndd/diagnostics';
import { coverageOf } from '@ndd/registry';
import type { CliIo } from '../io.js';
import { formatCoverage } from '../views/stats.js';
import { loadForReading } from './load.js';

/** `ndd stats`: the coverage table. Exit 0: it reports, it does not judge. */
export async function stats(options: { readonly path: string | undefined; readonly format: 'text' | 'json' | 'markdown' }, io: CliIo): Promise<ExitCode> {
  const { dictionary } = await loadForReading(options.path, io);
  io.stdout.write(formatCoverage(coverageOf(dictionary), options.format));
  return ExitCode.Clean;
}
