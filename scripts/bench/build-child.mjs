/**
 * Child process of the build section: one build, measured in its own process so that its peak
 * memory and its module loading are its own. Prints one JSON document.
 *
 *   node build-child.mjs ndd   <dictionaryDir> <outDir> <cacheDir|->      ndd's buildPackages
 *   node build-child.mjs naive <dictionaryDir> <outDir> <budgetMs>        scripts/bench/naive-build.mjs
 *
 * `ms` runs from the process's time origin to the end of the build: it includes loading the
 * modules each build needs (json-schema-to-typescript, ajv, ts-morph…), not Node's own start-up.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const [mode, dictionaryDir, outDir, extra] = process.argv.slice(2);

if (mode === 'ndd') {
  const { buildPackages } = await import('@ndd/build');
  const summary = await buildPackages({ dictionaryDir, outDir, ...(extra !== '-' && { cacheDir: extra }) });
  const ms = performance.now();
  if (!summary.ok) throw new Error(`ndd build failed: ${summary.diagnostics.find((d) => d.severity === 'error')?.message}`);
  const bytes = { types: 0, validators: 0, total: 0 };
  for (const p of summary.packages) {
    bytes.types += await dirBytes(join(p.dir, 'dist', 'types'));
    bytes.validators += await dirBytes(join(p.dir, 'dist', 'validators'));
    bytes.total += await dirBytes(p.dir);
  }
  print({ ms, schemas: summary.schemas, cache: summary.cache, hits: summary.cacheHits, misses: summary.cacheMisses, bytes });
} else if (mode === 'naive') {
  const { naiveBuild } = await import('./naive-build.mjs');
  const result = await naiveBuild({ dictionaryDir, outDir, budgetMs: Number(extra) });
  const ms = performance.now();
  print({ ms, schemas: result.files, ...result, bytes: { types: result.typesBytes, validators: result.validatorsBytes, total: result.typesBytes + result.validatorsBytes } });
} else {
  throw new Error(`unknown mode ${mode}`);
}

function print(result) {
  // resourceUsage().maxRSS is in KiB.
  process.stdout.write(JSON.stringify({ ...result, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

async function dirBytes(dir) {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) if (entry.isFile()) total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  return total;
}
