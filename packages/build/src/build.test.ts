import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackages } from './index.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ndd-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** path → contents of every file below a folder. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function copyDictionary(name: string): string {
  const dir = join(work, name, 'dictionary');
  cpSync(join(repo, 'dictionary'), dir, { recursive: true });
  return dir;
}

describe('buildPackages', { timeout: 180_000 }, () => {
  it('is deterministic: byte-identical output with and without the cache, in fresh folders', async () => {
    const dictionaryDir = copyDictionary('det');
    const a = await buildPackages({ dictionaryDir, outDir: join(work, 'det', 'a') });
    const b = await buildPackages({ dictionaryDir, outDir: join(work, 'det', 'b'), cacheDir: join(work, 'det', 'cache') });
    const c = await buildPackages({ dictionaryDir, outDir: join(work, 'det', 'c'), cacheDir: join(work, 'det', 'cache') });
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, true]);
    expect(c.cacheMisses).toBe(0);
    const sa = snapshot(join(work, 'det', 'a'));
    expect(sa.size).toBeGreaterThan(20);
    expect(snapshot(join(work, 'det', 'b'))).toEqual(sa);
    expect(snapshot(join(work, 'det', 'c'))).toEqual(sa);
  });

  it('regenerates only the changed schema after one edit', async () => {
    const dictionaryDir = copyDictionary('inc');
    const options = { dictionaryDir, outDir: join(work, 'inc', 'out'), cacheDir: join(work, 'inc', 'cache') };
    const first = await buildPackages(options);
    const file = join(dictionaryDir, 'core/address/v1.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Địa chỉ chi tiết"', '"Địa chỉ cụ thể"'));
    const second = await buildPackages(options);
    const domains = first.packages.length;
    expect(first.cache['types']).toEqual({ hits: 0, misses: first.schemas });
    expect(first.cache['validators']).toEqual({ hits: 0, misses: first.schemas });
    expect(first.cache['openapi']).toEqual({ hits: 0, misses: domains });
    // One property label of core/address changed: its types and validators are regenerated; no
    // other schema's are (they depend on its name, path and title, not on its properties); the
    // OpenAPI documents of every domain that bundles core/address are regenerated.
    expect(second.cache['types']).toEqual({ hits: second.schemas - 1, misses: 1 });
    expect(second.cache['validators']).toEqual({ hits: second.schemas - 1, misses: 1 });
    expect(second.cache['openapi']!.misses).toBeGreaterThanOrEqual(1);
    expect(second.cache['openapi']!.misses).toBeLessThanOrEqual(domains);
    expect(readFileSync(join(options.outDir, 'core/dist/types/address/v1.d.ts'), 'utf8')).toContain('Địa chỉ cụ thể');
  });

  it('writes nothing when the dictionary has errors', async () => {
    const dictionaryDir = copyDictionary('bad');
    writeFileSync(join(dictionaryDir, 'core/address/v1.schema.json'), '{ "broken": ');
    const summary = await buildPackages({ dictionaryDir, outDir: join(work, 'bad', 'out') });
    expect(summary.ok).toBe(false);
    expect(summary.diagnostics.some((d) => d.code === 'invalid-json')).toBe(true);
    expect(existsSync(join(work, 'bad', 'out'))).toBe(false);
  });
});

describe('a build killed half-way', { timeout: 180_000 }, () => {
  const runner = join(work, 'run-build.mjs');
  writeFileSync(
    runner,
    `import { buildPackages } from ${JSON.stringify(join(repo, 'packages/build/dist/index.js'))};\n` +
      'const [dictionaryDir, outDir, cacheDir] = process.argv.slice(2);\n' +
      'const s = await buildPackages({ dictionaryDir, outDir, cacheDir });\nif (!s.ok) process.exit(3);\n',
  );
  const build = (dictionaryDir: string, outDir: string, fault?: string) =>
    spawnSync(process.execPath, [runner, dictionaryDir, outDir, join(work, 'kill-cache')], { env: { ...process.env, NDD_FAULT: fault ?? '' }, encoding: 'utf8' });

  for (const fault of ['mid-write', 'between-renames']) {
    it(`leaves the previous output intact (killed ${fault}), and the next build recovers`, () => {
      execFileSync('npx', ['tsc', '-b', join(repo, 'packages/build')], { cwd: repo });
      const dictionaryDir = copyDictionary(`kill-${fault}`);
      const outDir = join(work, `kill-${fault}`, 'out');
      expect(build(dictionaryDir, outDir).status).toBe(0);
      const before = snapshot(outDir);
      const file = join(dictionaryDir, 'core/person/v1.schema.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"Cá nhân"', '"Cá nhân (sửa)"'));
      const killed = build(dictionaryDir, outDir, fault);
      expect(killed.signal).toBe('SIGKILL');
      if (fault === 'mid-write') {
        expect(snapshot(outDir).get('core/dist/types/person/v1.d.ts')).toBe(before.get('core/dist/types/person/v1.d.ts'));
      }
      // Whatever the point of death, the previous output is recoverable and the next build completes.
      expect(build(dictionaryDir, outDir).status).toBe(0);
      const after = snapshot(outDir);
      expect(after.get('core/dist/types/person/v1.d.ts')).toContain('Cá nhân (sửa)');
      expect(readdirSync(join(outDir, 'core')).sort()).toEqual(['dist', 'package.json']);
    });
  }

  it('restores the previous output when the new one never arrived', async () => {
    const dictionaryDir = copyDictionary('restore');
    const outDir = join(work, 'restore', 'out');
    expect(build(dictionaryDir, outDir).status).toBe(0);
    const before = new Map(readdirSync(outDir).map((pkg) => [pkg, snapshot(join(outDir, pkg, 'dist'))]));
    const file = join(dictionaryDir, 'core/person/v1.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Cá nhân"', '"Cá nhân (sửa)"'));
    expect(build(dictionaryDir, outDir, 'between-renames').signal).toBe('SIGKILL');
    // The build died between its two renames: one package has no dist/, only dist.previous-<pid>.
    const hit = readdirSync(outDir).filter((pkg) => !existsSync(join(outDir, pkg, 'dist')));
    expect(hit).toHaveLength(1);
    expect(readdirSync(join(outDir, hit[0]!)).some((e) => e.startsWith('dist.previous-'))).toBe(true);
    const { recoverDirectory } = await import('./index.js');
    await recoverDirectory(join(outDir, hit[0]!, 'dist'));
    expect(snapshot(join(outDir, hit[0]!, 'dist'))).toEqual(before.get(hit[0]!));
  });

});
