/**
 * Bench section "compat" (issue 5): `ndd compat` on two 500-property schemas (a realistic pair
 * from compat-schemas.mjs: mixed types with bounds, patterns, enums, formats, nested objects and
 * `$defs`, and ~20 edits of mixed kinds). Goal: under 200 ms.
 *
 * Figures, side by side on the same files: the library call `compareSchemas` in a child process
 * (module loading shown apart) — the first call in a fresh process (JIT cold, nothing compiled),
 * a warm process meeting pairs it has never seen (other seeds of the same generator, each
 * compared once), and the same pair compared again (every compiled part cached) — and the full
 * CLI process `node packages/cli/dist/bin.cjs compat OLD NEW --format json` timed from spawn to
 * exit (Node start-up included; a bare `node -e 0` is shown for reference). Every call parses
 * its schemas afresh.
 *
 * The CLI runs `ndd compat` from its esbuild bundle with V8's code cache when the bundle is up
 * to date with `dist/` (packages/cli/src/bundling/): after `tsc -b` changed a module, the first
 * run is unbundled and rebuilds the bundle (and its code cache). That run is warm-up here, and
 * the table says whether the timed runs used the bundle; the same command with `NDD_NO_BUNDLE=1`
 * (everything loaded from `dist/`) is timed beside it. So is the CLI as a user installs it: the
 * CLI and its workspace dependencies packed with `npm pack` and installed from the tarballs
 * (scripts/lib/install-cli.mjs), which runs the bundle shipped in the tarball.
 *
 * Peer: none is run. No JSON Schema compatibility checker is installed in this repository
 * (the bench installs nothing beyond the project's own packages and dependencies), and the reference ones (Confluent Schema Registry's
 * JSON Schema compatibility, Apicurio) need a JVM and a registry server, so no like-for-like
 * offline comparison is made.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installPackedCli } from '../lib/install-cli.mjs';
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
  // Further pairs of the same size and kind (other seeds), each compared once after the first:
  // a warm process meeting schemas it has never seen.
  const others = [];
  for (let i = 1; i <= calls; i++) {
    const pair = schemaPair({ count: PROPERTIES, edits: EDITS, seed: seed + i });
    const o = join(dir, `old-${i}.json`);
    const n = join(dir, `new-${i}.json`);
    await writeFile(o, `${JSON.stringify(pair.before)}\n`);
    await writeFile(n, `${JSON.stringify(pair.after)}\n`);
    others.push(o, n);
  }
  const rows = [];
  let shape;
  for (const mode of ['BACKWARD', 'FULL']) {
    const lib = await runChild(CHILD, [mode, calls, oldPath, newPath, ...others]);
    shape ??= lib;
    const verdict = `${lib.compatible ? 'compatible' : 'not compatible'}, bump ${lib.bump}, ${lib.changes} changes (${lib.effects.breaking} breaking, ${lib.effects.undecided} undecided directions)`;
    rows.push({ what: `compareSchemas, ${mode}: first call in a fresh process`, first: ms(lib.cold), median: '', runs: '1 call', extra: `module load ${ms(lib.loadMs)} apart`, rss: mib(lib.maxRss), verdict, goal: lib.cold < GOAL_MS });
    rows.push({ what: `compareSchemas, ${mode}: warm process, unseen pairs`, first: '', median: ms(median(lib.unseen)), runs: `${lib.unseen.length} pairs`, extra: 'other seeds, each once', rss: '', verdict: '', goal: median(lib.unseen) < GOAL_MS });
    rows.push({ what: `compareSchemas, ${mode}: the same pair again`, first: '', median: ms(median(lib.repeat)), runs: `${lib.repeat.length} calls`, extra: 'compiled parts cached', rss: '', verdict: '', goal: median(lib.repeat) < GOAL_MS });
  }
  const cli = join(root, 'packages', 'cli', 'dist', 'bin.cjs');
  const { freshBundle } = await import(pathToFileURL(join(root, 'packages', 'cli', 'dist', 'bundling', 'manifest.cjs')).href);
  const bare = [];
  for (let i = 0; i < Math.max(11, runs); i++) bare.push((await timeProcess(['-e', '0'])).ms);
  const installedRoot = installPackedCli(root, join(dir, 'installed'));
  const installed = join(installedRoot, 'dist', 'bin.cjs');
  const variants = [
    { cli, env: {}, label: () => (freshBundle(join(root, 'packages', 'cli')) !== undefined ? 'bundled' : 'bundle NOT fresh') },
    { cli, env: { NDD_NO_BUNDLE: '1' }, label: () => 'NDD_NO_BUNDLE=1' },
    { cli: installed, env: {}, label: () => (freshBundle(installedRoot) !== undefined ? 'installed from its tarball' : 'installed, packed bundle NOT used') },
  ];
  for (const mode of ['BACKWARD', 'FULL']) {
    for (const variant of variants) {
      const env = { NDD_NO_BUNDLE: '', ...variant.env };
      const args = [variant.cli, 'compat', oldPath, newPath, '--mode', mode, '--format', 'json'];
      // Warm-up: the file cache, and (bundled) a stale bundle's rebuild.
      await timeProcess(args, env);
      const label = variant.label();
      const times = [];
      let out;
      // At least 11 processes: one process is ~0.2 s, and a median of 5 moves by ±10 ms on a noisy machine.
      for (let i = 0; i < Math.max(11, runs); i++) {
        out = await timeProcess(args, env);
        times.push(out.ms);
      }
      const report = JSON.parse(out.stdout);
      rows.push({
        what: `node bin.cjs compat --format json, ${mode}, ${label}`,
        first: '',
        median: ms(median(times)),
        runs: `${times.length} processes`,
        extra: `exit ${out.code}; bare node -e 0: ${ms(median(bare))}`,
        rss: '',
        verdict: `${report.compatible ? 'compatible' : 'not compatible'}, bump ${report.bump}, ${report.changes.length} changes`,
        goal: median(times) < GOAL_MS,
      });
    }
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
  const goals = rows.map((r) => `  ${r.what}: ${r.goal ? 'met' : 'NOT met'} (${r.median || r.first})`).join('\n');
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

/** Spawns `node args…` (with `env` added), returns its wall time from spawn to exit, stdout and exit code. */
function timeProcess(args, env = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - start, stdout, code }));
  });
}
