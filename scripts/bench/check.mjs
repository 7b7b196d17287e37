/**
 * Bench section "check" (issue 5): `ndd check --against <ref>` on a synthetic dictionary of
 * 5,000 schemas (the largest of --sizes) with 20 changed schemas. Goal: under 3 s, with only the
 * changed schemas and their dependents analysed.
 *
 * Set-up, all in the bench cache: a throwaway git repository with the synthetic dictionary under
 * `dictionary/`, committed; then 20 schemas edited in the work tree (not committed), mixing
 * compatible edits (titles, descriptions, an optional property added to a closed entity, with
 * their version bumped) and incompatible ones (a narrower maxLength, a code removed, a property
 * made required, a lower maximum, without a major). Two bases are timed:
 *  - `HEAD`, with no release tags;
 *  - `HEAD` with one release tag a package (`@ndd/<domain>@1.0.0`) on an earlier commit, so the
 *    _TRANSITIVE policies also compare with the released versions.
 * Timed twice: `checkDictionary` in a child process (first call and median of the following;
 * module loading apart; the repository is new, so the first call finds no reading cache) and the
 * CLI process `node packages/cli/dist/bin.cjs check --against HEAD` from spawn to exit, once
 * without the loader's reading cache (`<repo>/.ndd-cache`, removed before each process) and once
 * with it. The CLI runs from its bundle (made fresh by an untimed run first), as after `npm run build`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom } from '../lib/random.mjs';
import { synthesize, writeDictionary } from '../lib/synth.mjs';
import { formatTable, median, mib, ms, runChild } from './harness.mjs';

const CHILD = fileURLToPath(new URL('./check-child.mjs', import.meta.url));
const CHANGED = 20;
const GOAL_MS = 3000;

export const name = 'check';
export const title = 'ndd check --against <ref> on a synthetic dictionary (the largest of --sizes; 5,000 by default) with 20 changed schemas';

/** A case stops repeating after this long; a single call or process is stopped after CALL_TIMEOUT_MS. */
const CASE_BUDGET_MS = 60_000;
const CALL_TIMEOUT_MS = Number(process.env.NDD_BENCH_CHECK_TIMEOUT_MS ?? 600_000);

/** @param {{ root: string, runs: number, sizes: number[], cacheDir: string, seed: number }} options */
export async function run({ root, runs, sizes, cacheDir, seed }) {
  const size = Math.max(...sizes);
  const rows = [];
  const notes = [];
  for (const tags of [false, true]) {
    const repo = join(cacheDir, `check-${size}-${seed}${tags ? '-tags' : ''}`);
    const { edits } = await makeRepository(repo, size, seed, tags);
    if (!tags) notes.push(`Edits (${edits.length}): ${edits.join('; ')}.`);
    const label = tags ? 'base HEAD + release tags' : 'base HEAD, no release tags';
    const lib = await runChild(CHILD, [repo, 'dictionary', 'HEAD', Math.max(2, runs), CASE_BUDGET_MS], { timeoutMs: CALL_TIMEOUT_MS }).catch(() => undefined);
    if (lib === undefined) {
      rows.push({ what: `checkDictionary, ${label}`, first: `> ${CALL_TIMEOUT_MS / 1000} s (stopped)`, median: '', of: '', rss: '', analysed: '', note: '', goal: Infinity });
      continue;
    }
    const [first, ...rest] = lib.times;
    const typical = rest.length > 0 ? median(rest) : first;
    rows.push({
      what: `checkDictionary, ${label}`,
      first: ms(first),
      median: rest.length > 0 ? ms(typical) : '(first only)',
      of: rest.length > 0 ? `${rest.length} calls` : '1 call',
      rss: mib(lib.maxRss),
      analysed: `${lib.analysed} analysed, ${lib.judged} judged (${lib.incompatible} incompatible)`,
      note: `module load ${ms(lib.loadMs)}; first call without reading cache; ${lib.errors} errors: ${lib.codes.join(', ')}`,
      // The goal is judged on the first call: later calls in the same process find every file
      // reading and compiled validator part cached, which a CI run does not.
      goal: first,
    });
    if (first > CASE_BUDGET_MS) {
      rows.push({ what: `node bin.cjs check --against HEAD, ${label}`, first: '', median: 'not run', of: '', rss: '', analysed: '', note: `the library call alone took > ${CASE_BUDGET_MS / 1000} s`, goal: Infinity });
      continue;
    }
    // The CLI keeps what reading each file found in <repo>/.ndd-cache (the loader's reading
    // cache): timed without it (a fresh clone, a CI runner without a restored cache) and with it
    // (any later run).
    const cli = [join(root, 'packages', 'cli', 'dist', 'bin.cjs'), 'check', join(repo, 'dictionary'), '--against', 'HEAD', '--format', 'json', '--today', '2026-01-01'];
    // The CLI runs from its bundle (packages/cli/src/bundling/) when that is up to date with
    // dist/: a command run once, untimed, rebuilds a stale one (as the first run after a change
    // of the CLI's modules does), with its trained code caches.
    await timeProcess([cli[0], 'compat', '--help'], CALL_TIMEOUT_MS);
    const { freshBundle } = await import(pathToFileURL(join(root, 'packages', 'cli', 'dist', 'bundling', 'manifest.cjs')).href);
    const bundled = freshBundle(join(root, 'packages', 'cli')) !== undefined ? 'bundled' : 'bundle NOT fresh';
    for (const cache of ['cold', 'warm']) {
      const times = [];
      let out;
      const cliStart = performance.now();
      for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
        if (i > 0 && performance.now() - cliStart > CASE_BUDGET_MS) break;
        if (cache === 'cold') await rm(join(repo, '.ndd-cache'), { recursive: true, force: true });
        out = await timeProcess(cli, CALL_TIMEOUT_MS);
        if (out.killed) break;
        times.push(out.ms);
      }
      const what = `node bin.cjs check --against HEAD, ${label}, reading cache ${cache}`;
      if (times.length === 0) {
        rows.push({ what, first: '', median: `> ${CALL_TIMEOUT_MS / 1000} s (stopped)`, of: '', rss: '', analysed: '', note: '', goal: Infinity });
        continue;
      }
      const report = JSON.parse(out.stdout);
      rows.push({
        what,
        first: '',
        median: ms(median(times)),
        of: `${times.length} process${times.length === 1 ? '' : 'es'}`,
        rss: '',
        analysed: `${report.analysed} analysed, ${report.schemas.length} judged (${report.schemas.filter((x) => !x.compatible).length} incompatible)`,
        note: `exit ${out.code}; ${report.diagnostics.filter((d) => d.severity === 'error').length} errors; ${bundled}`,
        goal: median(times),
      });
    }
  }
  const table = formatTable(
    [
      { key: 'what', label: 'what' },
      { key: 'first', label: 'first call' },
      { key: 'median', label: 'median (again, warm)' },
      { key: 'of', label: 'of' },
      { key: 'rss', label: 'peak RSS' },
      { key: 'analysed', label: 'schemas', align: 'left' },
      { key: 'note', label: 'note', align: 'left' },
    ],
    rows,
  );
  return [
    table,
    '',
    `Dictionary: ${size.toLocaleString('en')} synthetic schemas (seed ${seed}) in a throwaway git repository; ${CHANGED} schemas edited in the work tree.`,
    ...notes,
    `Goal < ${GOAL_MS / 1000} s:`,
    ...rows.map((r) => `  ${r.what}: ${r.goal < GOAL_MS ? 'met' : 'NOT met'} (${Number.isFinite(r.goal) ? ms(r.goal) : 'stopped or not run'})`),
  ].join('\n');
}

/**
 * Writes the synthetic dictionary into a fresh git repository and commits it (with release tags
 * on a first commit when asked), then edits CHANGED schemas in the work tree.
 */
async function makeRepository(repo, size, seed, tags) {
  const dictionaryDir = join(repo, 'dictionary');
  const files = synthesize({ schemas: size, seed });
  const git = (...args) => execFileSync('git', ['-C', repo, '-c', 'user.name=ndd bench', '-c', 'user.email=bench@ndd.invalid', '-c', 'commit.gpgsign=false', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // A repository an earlier run made from the same files, the same way, is reset instead of
  // made again: deleting and writing thousands of files slows every file operation after it for
  // a while (ext4 with online discard), the timed ones included.
  const keyFile = join(repo, '.git', 'ndd-bench-key');
  const key = createHash('sha256').update(JSON.stringify([...files])).update(`\0${tags}\0${makeRepository.toString()}\0${editSchemas.toString()}`).digest('hex');
  if ((await readFile(keyFile, 'utf8').catch(() => '')) === key) {
    git('checkout', '-q', '-f', 'HEAD', '--', 'dictionary');
    git('clean', '-q', '-f', '-d', '--', 'dictionary');
    await rm(join(repo, '.ndd-cache'), { recursive: true, force: true });
    if (git('status', '--porcelain', '--untracked-files=all').toString() === '') return { edits: await editSchemas(dictionaryDir, seed) };
  }
  await rm(repo, { recursive: true, force: true });
  await writeDictionary(dictionaryDir, files);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'synthetic dictionary');
  if (tags) {
    const config = JSON.parse(await readFile(join(dictionaryDir, 'ndd.dictionary.json'), 'utf8'));
    for (const domain of Object.values(config.domains)) git('tag', `${domain.package}@1.0.0`);
    // A later commit (the base): a description touched in one schema a domain, released since.
    const files = await schemaFiles(dictionaryDir);
    const seen = new Set();
    for (const file of files) {
      const domain = file.split('/')[0];
      if (seen.has(domain)) continue;
      seen.add(domain);
      const schema = JSON.parse(await readFile(join(dictionaryDir, file), 'utf8'));
      schema.description = `${schema.description} (bản sửa)`;
      await writeFile(join(dictionaryDir, file), `${JSON.stringify(schema, null, 2)}\n`);
    }
    git('commit', '-q', '-am', 'descriptions');
  }
  await writeFile(keyFile, key);
  return { edits: await editSchemas(dictionaryDir, seed) };
}

async function schemaFiles(dir) {
  return (await readdir(dir, { recursive: true })).filter((p) => p.endsWith('.schema.json')).map((p) => p.split('\\').join('/')).sort();
}

/** Edits CHANGED schemas (elements, code lists, entities), cycling through kinds of edit. */
async function editSchemas(dir, seed) {
  const random = createRandom(seed + 1);
  const files = await schemaFiles(dir);
  const schemas = new Map();
  for (const file of files) schemas.set(file, JSON.parse(await readFile(join(dir, file), 'utf8')));
  const byKind = (pred) => [...schemas].filter(([, s]) => pred(s) && s['x-ndd']?.status !== 'superseded');
  const pools = {
    text: byKind((s) => s['x-ndd']?.kind === 'element' && s.type === 'string' && typeof s.maxLength === 'number' && s.pattern === undefined && s.format === undefined),
    int: byKind((s) => s['x-ndd']?.kind === 'element' && s.type === 'integer' && typeof s.maximum === 'number' && s.maximum > 10),
    codelist: byKind((s) => s['x-ndd']?.kind === 'codelist' && Array.isArray(s.enum) && s.enum.length > 4),
    entity: byKind((s) => s['x-ndd']?.kind === 'entity' && Object.keys(s.properties ?? {}).length > 3),
    any: byKind(() => true),
  };
  const bump = (s, part) => {
    const [major, minor, patch] = s['x-ndd'].version.split('.').map(Number);
    s['x-ndd'].version = part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  };
  const kinds = [
    { id: 'retitle (patch)', pool: 'any', apply: (s) => ((s['x-title-en'] = `${s['x-title-en']} (revised)`), bump(s, 'patch'), true) },
    { id: 'narrow maxLength', pool: 'text', apply: (s) => s.maxLength > 10 && ((s.maxLength -= 5), true) },
    { id: 'add optional property (minor)', pool: 'entity', apply: (s) => ((s.properties.benchNote = { type: 'string', maxLength: 200, title: 'Ghi chú', 'x-title-en': 'Note', description: 'Ghi chú.', 'x-description-en': 'Note.', examples: ['Ghi chú'] }), bump(s, 'minor'), true) },
    { id: 'remove a code', pool: 'codelist', apply: (s) => { const code = s.enum.pop(); delete s['x-codes']?.[code]; return true; } },
    { id: 'describe (patch)', pool: 'any', apply: (s) => ((s['x-description-en'] = `${s['x-description-en']} Revised.`), bump(s, 'patch'), true) },
    { id: 'make a property required', pool: 'entity', apply: (s) => { const name = Object.keys(s.properties).find((p) => !(s.required ?? []).includes(p) && s.examples?.[0]?.[p] !== undefined); if (!name) return false; (s.required ??= []).push(name); return true; } },
    { id: 'lower maximum', pool: 'int', apply: (s) => ((s.maximum = Math.floor(s.maximum / 2)), s.examples?.[0] > s.maximum && (s.examples = [s.maximum]), true) },
  ];
  const edited = new Set();
  const log = [];
  for (let i = 0; log.length < CHANGED && i < CHANGED * 20; i++) {
    const kind = kinds[log.length % kinds.length];
    const pool = pools[kind.pool];
    if (pool.length === 0) continue;
    const [file, schema] = random.pick(pool);
    if (edited.has(file)) continue;
    const copy = structuredClone(schema);
    if (!kind.apply(copy)) continue;
    edited.add(file);
    await writeFile(join(dir, file), `${JSON.stringify(copy, null, 2)}\n`);
    log.push(`${kind.id} ${file}`);
  }
  return log;
}

/** Spawns `node args…`, returns its wall time from spawn to exit, stdout and exit code; killed after timeoutMs. */
function timeProcess(args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let killed = false;
    const timer = setTimeout(() => ((killed = true), child.kill('SIGKILL')), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(timer), resolve({ ms: performance.now() - start, stdout, code, killed })));
  });
}
