/**
 * Bench section "compat" (issue 5): `ndd compat` on two 500-property schemas (a realistic pair
 * from compat-schemas.mjs: mixed types with bounds, patterns, enums, formats, nested objects and
 * `$defs`, and ~20 edits of mixed kinds). Goal: under 200 ms.
 *
 * Two figures, side by side on the same files: the library call `compareSchemas` in a child
 * process (first call, which includes JIT warm-up, and the median of the following calls; module
 * loading shown apart), and the full CLI process `node packages/cli/dist/bin.js compat OLD NEW
 * --format json` timed from spawn to exit (Node start-up included; a bare `node -e 0` is shown
 * for reference).
 *
 * Peer: none is run. No JSON Schema compatibility checker is installed in this repository
 * (npm install is not allowed in the bench), and the reference ones (Confluent Schema Registry's
 * JSON Schema compatibility, Apicurio) need a JVM and a registry server, so no like-for-like
 * offline comparison is made.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaPair } from './compat-schemas.mjs';
import { formatTable, median, mib, ms, runChild } from './harness.mjs';

const CHILD = fileURLToPath(new URL('./compat-child.mjs', import.meta.url));
const PROPERTIES = 500;
const EDITS = 20;
const GOAL_MS = 200;

export const name = 'compat';
export const title = `ndd compat on two ${PROPERTIES}-property schemas with ${EDITS} edits: library call and CLI process`;

/** @param {{ root: string, runs: number, cacheDir: string, seed: number }} options */
export async function run({ root, runs, cacheDir, seed }) {
  const dir = join(cacheDir, 'compat');
  await mkdir(dir, { recursive: true });
  const { before, after, edits } = schemaPair({ count: PROPERTIES, edits: EDITS, seed });
  const oldPath = join(dir, 'old.json');
  const newPath = join(dir, 'new.json');
  await writeFile(oldPath, `${JSON.stringify(before, null, 2)}\n`);
  await writeFile(newPath, `${JSON.stringify(after, null, 2)}\n`);
  const calls = Math.max(5, runs * 2);
  const rows = [];
  let shape;
  for (const mode of ['BACKWARD', 'FULL']) {
    const lib = await runChild(CHILD, [oldPath, newPath, mode, calls]);
    const [first, ...rest] = lib.times;
    shape ??= lib;
    rows.push({
      what: `compareSchemas (library), ${mode}`,
      first: ms(first),
      median: ms(median(rest)),
      runs: `${rest.length} calls`,
      extra: `module load ${ms(lib.loadMs)}`,
      rss: mib(lib.maxRss),
      verdict: `${lib.compatible ? 'compatible' : 'not compatible'}, bump ${lib.bump}, ${lib.changes} changes (${lib.effects.breaking} breaking, ${lib.effects.undecided} undecided directions)`,
      goal: median(rest) < GOAL_MS,
    });
  }
  const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
  const bare = [];
  for (let i = 0; i < runs; i++) bare.push((await timeProcess(['-e', '0'])).ms);
  for (const mode of ['BACKWARD', 'FULL']) {
    const times = [];
    let out;
    for (let i = 0; i < runs + 1; i++) {
      out = await timeProcess([cli, 'compat', oldPath, newPath, '--mode', mode, '--format', 'json']);
      if (i > 0 || runs === 0) times.push(out.ms); // the first run warms the file cache
    }
    const report = JSON.parse(out.stdout);
    rows.push({
      what: `node bin.js compat --format json, ${mode}`,
      first: '',
      median: ms(median(times)),
      runs: `${times.length} processes`,
      extra: `exit ${out.code}; bare node -e 0: ${ms(median(bare))}`,
      rss: '',
      verdict: `${report.compatible ? 'compatible' : 'not compatible'}, bump ${report.bump}, ${report.changes.length} changes`,
      goal: median(times) < GOAL_MS,
    });
  }
  const table = formatTable(
    [
      { key: 'what', label: 'what' },
      { key: 'first', label: 'first call' },
      { key: 'median', label: 'median' },
      { key: 'runs', label: 'of' },
      { key: 'rss', label: 'peak RSS' },
      { key: 'extra', label: 'note', align: 'left' },
      { key: 'verdict', label: 'verdict', align: 'left' },
    ],
    rows,
  );
  const goals = rows.map((r) => `  ${r.what}: ${r.goal ? 'met' : 'NOT met'} (${r.median})`).join('\n');
  return [
    table,
    '',
    `Schemas: ${Object.keys(before.properties).length} properties (JSON ${(JSON.stringify(before).length / 1024).toFixed(0)} KiB), ${edits.length} edits: ${edits.map((e) => e.split(' ')[0]).join(', ')}.`,
    `Rules reported: ${shape.rules.join(', ')}.`,
    'Peer: none run — no JSON Schema compatibility checker is installed here (Confluent/Apicurio need a JVM and a registry).',
    `Goal < ${GOAL_MS} ms:`,
    goals,
  ].join('\n');
}

/** Spawns `node args…`, returns its wall time from spawn to exit, stdout and exit code. */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - start, stdout, code }));
  });
}
