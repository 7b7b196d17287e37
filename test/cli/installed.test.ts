/**
 * The CLI as a ministry's CI installs it: @ndd/cli and the workspace packages it depends on are
 * packed with `npm pack` (which runs the CLI's `prepack`: the packed bundle, see
 * packages/cli/src/bundling/manifest.cts) and installed from the tarballs into a fresh project.
 * There `ndd compat` runs from the packed bundle (a run of the bundle with no code cache writes
 * one: the proof that it ran), prints exactly what the unbundled CLI prints, and an edited bundle
 * never runs. The checkout keeps no packed bundle after packing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedCli } from '../../scripts/lib/install-cli.mjs';
import { writeCommittedFixture } from '../support/fixture-dictionary.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const testdata = join(repo, 'packages', 'compat', 'testdata');
const work = mkdtempSync(join(tmpdir(), 'ndd-installed-cli-'));
let cli: string;
let packed: string;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  cli = installPackedCli(repo, work);
  packed = join(cli, 'dist', 'packed');
}, 300_000);

function ndd(args: string[], env: Record<string, string> = {}) {
  const { NDD_NO_BUNDLE: _n, NDD_DEBUG: _d, ...base } = process.env;
  const r = spawnSync(process.execPath, [join(cli, 'dist', 'bin.cjs'), ...args], { cwd: work, env: { ...base, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pair = (name: string): string[] => [join(testdata, name, 'before.json'), join(testdata, name, 'after.json')];
const CASES = [
  [...pair('required-added'), '--format', 'json'],
  [...pair('enum-value-added'), '--mode', 'FULL'],
  [...pair('pattern-disjoint'), '--format', 'markdown'],
  [join(testdata, 'nope.json'), join(testdata, 'nope.json')],
];

describe('the installed ndd compat', () => {
  it('ships a packed bundle with its code cache, and leaves none in the checkout', () => {
    // Code caches trained at pack time: one comparison, one check of a tiny dictionary.
    expect(readdirSync(packed).sort()).toEqual(['main.cjs', 'main.cjs.check.cache', 'main.cjs.compat.cache', 'manifest.json']);
    // The bundle holds our packages but @ndd/build: the installed ones are read only for their files.
    const text = readFileSync(join(packed, 'main.cjs'), 'utf8');
    expect(text).toContain('__nddUrlOf("@ndd/registry", "dist/meta/ajv.js")');
    expect(text).toContain(`import("@ndd/build")`);
    expect(existsSync(join(cli, 'src'))).toBe(false);
    expect(existsSync(join(repo, 'packages', 'cli', 'dist', 'packed'))).toBe(false);
  });

  it('runs from the packed bundle and prints what the unbundled CLI prints', () => {
    for (const args of CASES) {
      rmSync(join(packed, 'main.cjs.compat.cache'), { force: true });
      const bundled = ndd(['compat', ...args]);
      expect(existsSync(join(packed, 'main.cjs.compat.cache')), args.join(' ')).toBe(true);
      const plain = ndd(['compat', ...args], { NDD_NO_BUNDLE: '1' });
      expect(bundled).toEqual(plain);
      expect(ndd(['compat', ...args])).toEqual(plain);
    }
    expect(ndd(['compat', ...pair('required-added')]).code).toBe(1);
    expect(ndd(['compat', ...pair('enum-value-added')]).code).toBe(0);
  });

  it('runs ndd check and ndd lint from the packed bundle too, as the unbundled CLI does', async () => {
    // Committed, then a breaking edit in the work tree (the full name gets shorter).
    const fixture = await writeCommittedFixture();
    try {
      for (const [command, args] of [
        ['check', ['check', fixture.dictionary, '--against', 'HEAD', '--format', 'json']],
        ['lint', ['lint', fixture.dictionary]],
      ] as const) {
        rmSync(join(packed, `main.cjs.${command}.cache`), { force: true });
        const bundled = ndd([...args]);
        expect(existsSync(join(packed, `main.cjs.${command}.cache`)), command).toBe(true);
        expect(bundled).toEqual(ndd([...args], { NDD_NO_BUNDLE: '1' }));
      }
      expect(ndd(['check', fixture.dictionary, '--against', 'HEAD']).code).toBe(1);
    } finally {
      await fixture.cleanup();
    }
  });

  it('never runs a packed bundle edited after packing', () => {
    const entry = join(packed, 'main.cjs');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}\n// edited\n`);
    rmSync(join(packed, 'main.cjs.compat.cache'), { force: true });
    const r = ndd(['compat', ...pair('required-added'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { compatible: boolean }).compatible).toBe(false);
    expect(existsSync(join(packed, 'main.cjs.compat.cache'))).toBe(false);
  });
});
