#!/usr/bin/env node
/**
 * The `ndd` executable. Its commands run from the bundle of the CLI when it is up to date with
 * every file it was built from, and from `dist/` otherwise, then refresh the bundle for the next
 * call (bundling/manifest.cts says why and how staleness is told): loading ~300 modules apart
 * costs ~200 ms of `ndd check` and ~150 ms of `ndd compat`. `ndd build` always runs from `dist/`
 * (the generators are not bundled: a build spends its time on the dictionary, not on loading
 * modules), and so does `ndd` without a command. `NDD_NO_BUNDLE=1` turns the bundle off.
 *
 * This file and the two modules of the bundled path are CommonJS (`.cts`), so that a bundled
 * `ndd compat` never starts Node's ESM loader: an ESM entry costs ~5–10 ms of a ~190 ms run
 * (measured side by side on the bench pair). Everything else is ESM, reached by `import()`.
 */
import { join } from 'node:path';
import { freshBundle } from './bundling/manifest.cjs';
import { runBundle } from './bundling/run.cjs';

const cliRoot = join(__dirname, '..');

async function start(): Promise<void> {
  // Every command but `build` runs from the bundle, each with its own code cache (see run.cts).
  const command = process.argv[2] ?? '';
  const bundled = command !== '' && command !== 'build' && !command.startsWith('-') && process.env['NDD_NO_BUNDLE'] !== '1';
  const entry = bundled ? freshBundle(cliRoot) : undefined;
  if (entry !== undefined) {
    await runBundle(entry, command);
    exitWhenFlushed();
    return;
  }
  const { main } = await import('./main.js');
  await main();
  if (bundled) {
    const { refreshBundle } = await import('./bundling/build.js');
    await refreshBundle(cliRoot);
  }
}

/**
 * Ends a bundled command once stdout and stderr have taken everything written to them. The
 * command has no work left (the code cache and the loader's reading cache are written
 * synchronously), and leaving without Node's full teardown of the environment and heap saves
 * ~10 ms of a ~190 ms `ndd compat` (measured side by side on the bench pair). Waiting for the
 * writes keeps output to a pipe whole where pipes are asynchronous (macOS); the exit code is the
 * one the command set.
 */
function exitWhenFlushed(): void {
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit();
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

// As a top-level await would: an error that escapes is Node's to report, with exit code 1.
start().catch((error: unknown) => {
  process.exitCode = 1;
  throw error;
});
