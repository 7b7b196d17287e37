#!/usr/bin/env node
/**
 * npm run bench [-- --only load] [--runs 5] [--sizes 1000,2000,5000] [--seed 42]
 *
 * Runs each bench section (scripts/bench/<section>.mjs) and prints its table. Sections are
 * listed here, side by side; later issues add theirs (validation throughput, compat speed).
 * Each case runs in its own child process, so its peak memory is its own.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as load from './bench/load.mjs';
import * as validation from './bench/validation.mjs';
import * as build from './bench/build.mjs';
import * as compat from './bench/compat.mjs';
import * as check from './bench/check.mjs';

const SECTIONS = [load, validation, build, compat, check];

const root = fileURLToPath(new URL('..', import.meta.url));

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '1000,2000,5000' },
      seed: { type: 'string', default: '42' },
    },
    strict: true,
  });
  const options = {
    root,
    runs: Math.max(1, Number(values.runs)),
    sizes: values.sizes.split(',').map(Number),
    seed: Number(values.seed),
    cacheDir: join(root, '.ndd-cache', 'bench'),
  };
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error('--sizes takes integers >= 20, comma-separated');
  const sections = values.only === undefined ? SECTIONS : SECTIONS.filter((s) => s.name === values.only);
  if (sections.length === 0) throw new Error(`no section '${values.only}' (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
  await mkdir(options.cacheDir, { recursive: true });
  process.stdout.write(`ndd bench · node ${process.version} · ${process.platform}/${process.arch} · ${(await import('node:os')).availableParallelism()} cores\n`);
  for (const section of sections) {
    process.stdout.write(`\n## ${section.name}: ${section.title}\n\n`);
    process.stdout.write(`${await section.run(options)}\n`);
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
