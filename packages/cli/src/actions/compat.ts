import { resolve } from 'node:path';
import type { ExitCode } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';

/**
 * `ndd compat OLD NEW`: the report of @ndd/compat's `compatFiles`. Exit 0 compatible, 1 not
 * compatible, 2 usage or load error. With `--format json`, stdout is exactly one JSON object
 * (an error too); in other formats an error goes to stderr.
 */
export async function compat(
  options: { readonly old: string; readonly new: string; readonly mode: 'BACKWARD' | 'FORWARD' | 'FULL' | 'NONE'; readonly format: 'text' | 'json' | 'github' | 'markdown' | 'sarif' },
  io: CliIo,
): Promise<ExitCode> {
  const { compatFiles } = await import('@ndd/compat');
  const result = compatFiles(resolve(io.cwd, options.old), resolve(io.cwd, options.new), { mode: options.mode, format: options.format });
  const out = result.exitCode === 2 && options.format !== 'json' ? io.stderr : io.stdout;
  out.write(result.exitCode === 2 && options.format !== 'json' ? `ndd: ${result.output.replace(/^error: /, '')}` : result.output);
  return result.exitCode;
}
