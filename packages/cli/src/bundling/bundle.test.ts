/**
 * End to end: the built `ndd compat` runs from the bundle when it is fresh, prints exactly what
 * the unbundled CLI prints, and never runs a stale bundle (it falls back, then rebuilds).
 * Needs `tsc -b` output (as test/cli does) and esbuild (a devDependency of the workspace).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from './build.js';
import { freshBundle, manifestPath, type BundleManifest } from './manifest.js';

const cliRoot = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(cliRoot, 'dist', 'bin.js');
const testdata = join(cliRoot, '..', 'compat', 'testdata');

let work: string;
let register: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ndd-bundle-e2e-'));
  // A module-resolution hook that reports every module the process resolves.
  const hook = join(work, 'hook.mjs');
  writeFileSync(hook, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`resolved ${r.url}\\n`); return r; }\n");
  register = join(work, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  await buildBundle(cliRoot);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ndd(args: string[], env: Record<string, string> = {}) {
  const { NDD_NO_BUNDLE: _n, NDD_DEBUG: _d, ...base } = process.env;
  const r = spawnSync(process.execPath, ['--import', register, BIN, ...args], { env: { ...base, ...env }, encoding: 'utf8' });
  const resolved = r.stderr.split('\n').filter((l) => l.startsWith('resolved '));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => !l.startsWith('resolved ')).join('\n'), bundled: resolved.some((l) => l.includes('/dist/bundle/')) };
}

describe('the bundled ndd compat', () => {
  const pair = (name: string): string[] => [join(testdata, name, 'before.json'), join(testdata, name, 'after.json')];

  it('runs from a fresh bundle and prints what the unbundled CLI prints', () => {
    for (const args of [[...pair('required-added'), '--format', 'json'], [...pair('enum-value-added'), '--mode', 'FULL'], [join(testdata, 'nope.json'), join(testdata, 'nope.json')], ['--help']]) {
      const bundled = ndd(['compat', ...args]);
      const plain = ndd(['compat', ...args], { NDD_NO_BUNDLE: '1' });
      expect(bundled.bundled, args.join(' ')).toBe(true);
      expect(plain.bundled).toBe(false);
      expect(bundled).toEqual({ ...plain, bundled: true });
    }
  });

  it('never runs a stale bundle: it falls back to dist/, then rebuilds', () => {
    const manifest = JSON.parse(readFileSync(manifestPath(cliRoot), 'utf8')) as BundleManifest;
    const input = manifest.inputs.find((i) => i.path === join('dist', 'version.js'));
    expect(input).toBeDefined();
    const file = join(cliRoot, input!.path);
    const { atime } = statSync(file);
    // As `tsc -b` rewriting the module would.
    utimesSync(file, atime, new Date(input!.mtimeMs + 5000));
    expect(freshBundle(cliRoot)).toBeUndefined();
    const stale = ndd(['compat', ...pair('required-added')]);
    expect(stale.bundled).toBe(false);
    expect(stale.code).toBe(1);
    // That run rebuilt the bundle from the file as it is now.
    expect(freshBundle(cliRoot)).toBeDefined();
    expect(ndd(['compat', ...pair('required-added')]).bundled).toBe(true);
  });
});
