/**
 * End to end: the built `ndd compat` runs from the bundle when it is fresh (with or without its
 * code cache), prints exactly what the unbundled CLI prints, and never runs a stale bundle (it
 * falls back to dist/, then rebuilds). Only a run of the bundle writes its code cache, so a
 * cache file that appears is the proof that the bundle ran. Needs `tsc -b` output (as test/cli
 * does) and esbuild (a devDependency of the workspace).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, writeCommittedFixture } from '../../../../test/support/fixture-dictionary.js';
import { buildBundle } from './build.js';
import { freshBundle, manifestPath, type BundleManifest } from './manifest.cjs';

const cliRoot = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(cliRoot, 'dist', 'bin.cjs');
const testdata = join(cliRoot, '..', 'compat', 'testdata');
const pair = (name: string): string[] => [join(testdata, name, 'before.json'), join(testdata, name, 'after.json')];

beforeAll(async () => {
  await buildBundle(cliRoot);
}, 120_000);

function ndd(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const { NDD_NO_BUNDLE: _n, NDD_DEBUG: _d, ...base } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...base, ...env }, encoding: 'utf8', ...(cwd ? { cwd } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The code cache files of `ndd compat` in the bundle whose entry is `entry`. */
function caches(entry: string): string[] {
  return readdirSync(dirname(entry)).filter((f) => f.endsWith('.compat.cache'));
}

function dropCaches(entry: string): void {
  for (const f of caches(entry)) rmSync(join(dirname(entry), f));
}

describe('the bundled ndd compat', () => {
  it('runs from a fresh bundle and prints what the unbundled CLI prints', () => {
    const entry = freshBundle(cliRoot)!;
    expect(entry).toBeDefined();
    // The build ran one comparison and one check on the new bundle, which wrote their code caches.
    expect(caches(entry)).toHaveLength(1);
    expect(existsSync(`${entry}.check.cache`)).toBe(true);
    for (const args of [[...pair('required-added'), '--format', 'json'], [...pair('enum-value-added'), '--mode', 'FULL'], [join(testdata, 'nope.json'), join(testdata, 'nope.json')], ['--help']]) {
      dropCaches(entry);
      const bundled = ndd(['compat', ...args]);
      expect(caches(entry), args.join(' ')).toHaveLength(1);
      const plain = ndd(['compat', ...args], { NDD_NO_BUNDLE: '1' });
      expect(bundled).toEqual(plain);
      // And again with the code cache the first run left.
      expect(ndd(['compat', ...args])).toEqual(plain);
    }
  });

  it('runs the dictionary commands from the bundle too, each with its own code cache, printing what the unbundled CLI prints', async () => {
    const entry = freshBundle(cliRoot)!;
    // Committed, then a breaking edit in the work tree (the full name gets shorter).
    const fixture = await writeCommittedFixture();
    try {
      const person = (FIXTURE['demo/person/v1.schema.json'] as { $id: string }).$id;
      const runs: [string, string[]][] = [
        ['check', ['check', fixture.dictionary, '--against', 'HEAD']],
        ['check', ['check', fixture.dictionary, '--against', 'HEAD', '--format', 'json']],
        ['lint', ['lint', fixture.dictionary]],
        ['list', ['list', '--path', fixture.dictionary, '--format', 'json']],
        ['show', ['show', person, '--path', fixture.dictionary]],
        ['stats', ['stats', '--path', fixture.dictionary]],
        ['changeset', ['changeset', fixture.dictionary, '--against', 'HEAD', '--dry-run']],
      ];
      for (const [command, args] of runs) {
        rmSync(`${entry}.${command}.cache`, { force: true });
        const bundled = ndd(args, {}, fixture.root);
        expect(existsSync(`${entry}.${command}.cache`), args.join(' ')).toBe(true); // the bundle ran
        const plain = ndd(args, { NDD_NO_BUNDLE: '1' }, fixture.root);
        expect(bundled, args.join(' ')).toEqual(plain);
        expect(ndd(args, {}, fixture.root), args.join(' ')).toEqual(plain);
      }
      expect(ndd(runs[0]![1], {}, fixture.root).code).toBe(1);
      expect(ndd(runs[2]![1], {}, fixture.root).code).toBe(0);
    } finally {
      await fixture.cleanup();
    }
  }, 120_000);

  it('never runs a bundle edited after its build (nor the code cache made for its old text)', async () => {
    const entry = freshBundle(cliRoot)!;
    const manifest = JSON.parse(readFileSync(manifestPath(cliRoot), 'utf8')) as BundleManifest;
    expect(manifest.inputs.map((i) => join(cliRoot, i.path))).toContain(entry);
    const text = readFileSync(entry, 'utf8');
    // Same length, other text: V8 alone would take the cache for it.
    writeFileSync(entry, text.replace('exports', 'EXPORTS'));
    expect(freshBundle(cliRoot)).toBeUndefined();
    await buildBundle(cliRoot); // a fresh bundle for the tests after this one
    expect(freshBundle(cliRoot)).toBeDefined();
  }, 120_000);

  it('never runs a stale bundle: it falls back to dist/, then rebuilds', () => {
    const before = JSON.parse(readFileSync(manifestPath(cliRoot), 'utf8')) as BundleManifest;
    const entry = freshBundle(cliRoot)!;
    dropCaches(entry);
    const input = before.inputs.find((i) => i.path === join('dist', 'version.js'));
    expect(input).toBeDefined();
    const file = join(cliRoot, input!.path);
    // As `tsc -b` rewriting the module would.
    utimesSync(file, statSync(file).atime, new Date(input!.mtimeMs + 5000));
    expect(freshBundle(cliRoot)).toBeUndefined();
    expect(ndd(['compat', ...pair('required-added')]).code).toBe(1);
    expect(caches(entry)).toEqual([]); // the stale bundle did not run
    // That run rebuilt the bundle from the file as it is now, and the next run uses it.
    const after = JSON.parse(readFileSync(manifestPath(cliRoot), 'utf8')) as BundleManifest;
    expect(after.dir).not.toBe(before.dir);
    const rebuilt = freshBundle(cliRoot)!;
    expect(rebuilt).toBeDefined();
    expect(ndd(['compat', ...pair('required-added')]).code).toBe(1);
    expect(caches(rebuilt)).toHaveLength(1);
  });
});
