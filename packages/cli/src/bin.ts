#!/usr/bin/env node
/**
 * The `ndd` executable. `ndd compat` runs from the bundle of the CLI when it is up to date with
 * every file it was built from, and from `dist/` otherwise, then refreshes the bundle for the
 * next call (bundling/manifest.ts says why and how staleness is told). The other commands spend
 * their time on the dictionary, not on loading modules: they always run from `dist/`.
 * `NDD_NO_BUNDLE=1` turns the bundle off.
 */
import { fileURLToPath } from 'node:url';
import { freshBundle } from './bundling/manifest.js';

const cliRoot = fileURLToPath(new URL('..', import.meta.url));
const bundled = process.argv[2] === 'compat' && process.env['NDD_NO_BUNDLE'] !== '1';
const entry = bundled ? freshBundle(cliRoot) : undefined;
if (entry !== undefined) {
  const { runBundle } = await import('./bundling/run.js');
  await runBundle(entry);
} else {
  const { main } = await import('./main.js');
  await main();
  if (bundled) {
    const { refreshBundle } = await import('./bundling/build.js');
    await refreshBundle(cliRoot);
  }
}
