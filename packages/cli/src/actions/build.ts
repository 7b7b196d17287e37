import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ExitCode, exitCodeFor, type Format } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';
import { locateDictionary } from '../locate.js';
import { printDiagnostics } from './report.js';

/** Options of `ndd build`. */
export interface BuildCommandOptions {
  readonly path: string | undefined;
  readonly format: Format;
  /** Where domain packages go; default `packages/domains` beside the dictionary folder. */
  readonly out: string | undefined;
  readonly cache: boolean;
  readonly quiet: boolean;
}

/**
 * `ndd build`: load and check the dictionary, then build every domain package from it (types,
 * schemas; validators and OpenAPI as their generators land). Nothing is written when the
 * dictionary has errors. On a terminal a progress line is shown; `--quiet` and CI (`CI` set)
 * print the summary only.
 */
export async function build(options: BuildCommandOptions, io: CliIo): Promise<ExitCode> {
  const { buildPackages } = await import('@ndd/build');
  const root = locateDictionary(options.path, io.cwd);
  const outDir = options.out ? resolve(io.cwd, options.out) : join(dirname(root), 'packages', 'domains');
  const cacheDir = options.cache ? join(dirname(root), '.ndd-cache') : undefined;
  const showProgress = !options.quiet && io.stderr.isTTY === true && !io.env['CI'];
  const started = performance.now();
  let lastDraw = 0;
  const summary = await buildPackages({
    dictionaryDir: root,
    outDir,
    ...(cacheDir ? { cacheDir } : {}),
    ...(showProgress
      ? {
          onProgress: (done: number, total: number) => {
            const now = performance.now();
            if (now - lastDraw < 100 && done < total) return;
            lastDraw = now;
            io.stderr.write(`\r\x1b[2Kbuilding ${done}/${total} schemas`);
            if (done === total) io.stderr.write('\r\x1b[2K');
          },
        }
      : {}),
  });
  const elapsed = Math.round(performance.now() - started);
  // The summary is for people: with a machine format it goes to stderr so stdout stays one document.
  const out = options.format === 'text' ? io.stdout : io.stderr;
  if (summary.ok) {
    const changed = summary.packages.filter((p) => p.changed).length;
    out.write(
      `Built ${summary.packages.length} package${summary.packages.length === 1 ? '' : 's'} from ${summary.schemas} schemas in ${elapsed} ms ` +
        `(${changed} changed; cache: ${summary.cacheHits} reused, ${summary.cacheMisses} generated)\n`,
    );
    if (!options.quiet) {
      for (const p of summary.packages) {
        out.write(`  ${p.name.padEnd(24)} ${String(p.files).padStart(5)} files ${formatBytes(p.bytes).padStart(9)}  ${display(io.cwd, p.dir)}${p.changed ? '' : '  (unchanged)'}\n`);
      }
    }
  } else {
    out.write('Nothing was built: the dictionary has errors.\n');
  }
  if (summary.diagnostics.length > 0 || options.format !== 'text') printDiagnostics(io, { ...summary, root }, options.format);
  if (!summary.ok) return summary.schemas === 0 && summary.diagnostics.every((d) => d.code === 'source-unreadable' || d.code === 'missing-config') ? ExitCode.UsageOrLoadError : ExitCode.Findings;
  return exitCodeFor(summary.diagnostics);
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
