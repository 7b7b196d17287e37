import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackages } from './index.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ndd-build-'));
// Generous: removing thousands of files is slow on a loaded disk.
afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

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

/** The packages as published: everything but the stages kept beside each `dist/`. */
function outputOf(dir: string): Map<string, string> {
  return new Map([...snapshot(dir)].filter(([path]) => !path.includes('dist.next-')));
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
    // The documents are spliced from cached components: only core/address's are converted again,
    // once in each document that holds them.
    const address = 'https://schemas.ndd.gov.vn/core/address/v1';
    let converted = 0;
    for (const p of second.packages) {
      const doc = JSON.parse(readFileSync(join(p.dir, 'dist/openapi.json'), 'utf8')) as { components: { schemas: Record<string, { 'x-ndd-id'?: string }> } };
      converted += Object.values(doc.components.schemas).filter((c) => c['x-ndd-id'] === address || c['x-ndd-id']?.startsWith(`${address}#`)).length;
    }
    expect(converted).toBeGreaterThan(1);
    expect(second.cache['openapi-components']!.misses).toBe(converted);
    expect(second.cache['openapi-components']!.hits).toBeGreaterThan(converted);
    // Its own title edited: still one validator regenerated, though a dozen schemas reference it
    // (their error labels read its title from its module at run time).
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "Địa chỉ (từ 01/7/2025)"', '"title": "Địa chỉ (sửa)"'));
    const third = await buildPackages(options);
    expect(third.ok).toBe(true);
    expect(third.cache['validators']).toEqual({ hits: third.schemas - 1, misses: 1 });
    // The dictionary was read through the reading cache kept in the same folder.
    expect(existsSync(join(options.cacheDir, 'readings.ndjson'))).toBe(true);
  });

  it('removes the folders of the former per-entry cache, and only those', async () => {
    const dictionaryDir = copyDictionary('legacy');
    const cacheDir = join(work, 'legacy', 'cache');
    const legacyEntry = (namespace: string) => join(cacheDir, namespace, 'ab', `${'ab'.padEnd(64, '0')}.json`);
    for (const namespace of ['types', 'validators', 'openapi']) {
      mkdirSync(join(legacyEntry(namespace), '..'), { recursive: true });
      writeFileSync(legacyEntry(namespace), '{}');
    }
    // Not the old layout (a file beside the shards): someone else's, left alone.
    writeFileSync(join(cacheDir, 'validators', 'notes.txt'), 'mine');
    expect((await buildPackages({ dictionaryDir, outDir: join(work, 'legacy', 'out'), cacheDir })).ok).toBe(true);
    expect(existsSync(join(cacheDir, 'types'))).toBe(false);
    expect(existsSync(join(cacheDir, 'openapi'))).toBe(false);
    expect(readFileSync(join(cacheDir, 'validators', 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(join(cacheDir, 'build')).length).toBeGreaterThan(0);
  });

  it('gives the same bytes when worker threads generate part of it', async () => {
    // The worker runs compiled JavaScript (dist/), whatever runs this test.
    execFileSync('npx', ['tsc', '-b', join(repo, 'packages/build')], { cwd: repo });
    const dictionaryDir = copyDictionary('threads');
    const alone = await buildPackages({ dictionaryDir, outDir: join(work, 'threads', 'alone'), workers: 0 });
    const threaded = await buildPackages({ dictionaryDir, outDir: join(work, 'threads', 'threaded'), cacheDir: join(work, 'threads', 'cache'), workers: 1, forceWorkers: true });
    expect([alone.ok, threaded.ok]).toEqual([true, true]);
    expect(alone.jobs.workers).toBe(0);
    expect(threaded.jobs.workers).toBeGreaterThan(0);
    expect(outputOf(join(work, 'threads', 'threaded'))).toEqual(outputOf(join(work, 'threads', 'alone')));
  });

  it('neither generates nor writes a package whose inputs did not change', async () => {
    const dictionaryDir = copyDictionary('same');
    const options = { dictionaryDir, outDir: join(work, 'same', 'out'), cacheDir: join(work, 'same', 'cache') };
    const first = await buildPackages(options);
    const probe = join(options.outDir, 'core/dist/types/person/v1.d.ts');
    const inode = statSync(probe).ino;
    const again = await buildPackages(options);
    expect(again.cacheMisses).toBe(0);
    expect(again.jobs).toEqual({ main: 0, workers: 0 });
    expect(again.packages.map((p) => [p.name, p.changed, p.files, p.bytes])).toEqual(first.packages.map((p) => [p.name, false, p.files, p.bytes]));
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(statSync(probe).ino).toBe(inode);
  });

  it('after edits, removals and a damaged cache, still writes exactly what a build from nothing writes', async () => {
    const dictionaryDir = copyDictionary('drift');
    const options = { dictionaryDir, outDir: join(work, 'drift', 'out'), cacheDir: join(work, 'drift', 'cache') };
    const fresh = async (name: string) => {
      const outDir = join(work, 'drift', name);
      expect((await buildPackages({ dictionaryDir, outDir })).ok).toBe(true);
      return outputOf(outDir);
    };
    expect((await buildPackages(options)).ok).toBe(true);
    // 1. A title that other schemas' validators use as a label, edited twice: the stage is one build behind.
    const address = join(dictionaryDir, 'core/address/v1.schema.json');
    for (const title of ['Địa chỉ (một)', 'Địa chỉ (hai)']) {
      const schema = JSON.parse(readFileSync(address, 'utf8')) as { title: string };
      writeFileSync(address, `${JSON.stringify({ ...schema, title }, null, 2)}\n`);
      expect((await buildPackages(options)).ok).toBe(true);
      expect(outputOf(options.outDir)).toEqual(await fresh(`fresh-${title.length}-${title.at(-2)}`));
    }
    // 2. A schema nothing references, removed: its files and emptied folders go.
    const texts = readdirSync(dictionaryDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dictionaryDir, f), 'utf8')] as const);
    const unreferenced = readdirSync(join(dictionaryDir, 'core/codelists')).find((name) => texts.every(([f, text]) => f.startsWith(`core/codelists/${name}/`) || !text.includes(`core/codelists/${name}/`)));
    expect(unreferenced).toBeDefined();
    rmSync(join(dictionaryDir, 'core/codelists', unreferenced!), { recursive: true });
    expect((await buildPackages(options)).ok).toBe(true);
    expect(existsSync(join(options.outDir, 'core/dist/types/codelists', unreferenced!))).toBe(false);
    expect(outputOf(options.outDir)).toEqual(await fresh('fresh-removed'));
    // 3. Every byte of every cache data file flipped: nothing stale or garbled is served.
    const packs = join(options.cacheDir, 'build');
    for (const file of readdirSync(packs).filter((f) => f.endsWith('.data'))) {
      const bytes = readFileSync(join(packs, file));
      writeFileSync(join(packs, file), bytes.map((b) => b ^ 0x55));
    }
    const intoEmpty = join(work, 'drift', 'from-damaged-cache');
    expect((await buildPackages({ ...options, outDir: intoEmpty })).ok).toBe(true);
    expect(outputOf(intoEmpty)).toEqual(await fresh('fresh-damaged'));
  });

  it('leaves a first build with a complete stage beside each package (the first rebuild only updates files)', async () => {
    const dictionaryDir = copyDictionary('staged');
    const options = { dictionaryDir, outDir: join(work, 'staged', 'out'), cacheDir: join(work, 'staged', 'cache') };
    const first = await buildPackages(options);
    for (const p of first.packages) {
      const dist = join(p.dir, 'dist');
      expect(snapshot(`${dist}.next-stage`)).toEqual(snapshot(dist));
      // Hard links: the stage costs no bytes, and the next build replaces its files, never writes into them.
      expect(statSync(join(`${dist}.next-stage`, 'openapi.json')).ino).toBe(statSync(join(dist, 'openapi.json')).ino);
    }
    const file = join(dictionaryDir, 'core/person/v1.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Cá nhân"', '"Cá nhân (sửa)"'));
    expect((await buildPackages(options)).ok).toBe(true);
    const fresh = join(work, 'staged', 'fresh');
    expect((await buildPackages({ dictionaryDir, outDir: fresh })).ok).toBe(true);
    expect(outputOf(options.outDir)).toEqual(outputOf(fresh));
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
      // The stage (the output before last, kept for the next build to update) is all that is left beside it.
      expect(readdirSync(join(outDir, 'core')).sort()).toEqual(['dist', 'dist.next-stage', 'package.json']);
      // And it is exactly what a build into an empty folder gives.
      const fresh = join(work, `kill-${fault}`, 'fresh');
      expect(build(dictionaryDir, fresh).status).toBe(0);
      expect(outputOf(outDir)).toEqual(outputOf(fresh));
    });
  }

  it('leaves the output intact when killed while making a first build\'s stage, and the next build completes it', () => {
    execFileSync('npx', ['tsc', '-b', join(repo, 'packages/build')], { cwd: repo });
    const dictionaryDir = copyDictionary('kill-stage');
    const outDir = join(work, 'kill-stage', 'out');
    expect(build(dictionaryDir, outDir, 'mid-stage').signal).toBe('SIGKILL');
    // The first package was written whole; its stage is half made, without a stamp.
    const written = readdirSync(outDir).filter((pkg) => existsSync(join(outDir, pkg, 'dist', '.ndd-build')));
    expect(written).toHaveLength(1);
    expect(existsSync(join(outDir, written[0]!, 'dist.next-stage', '.ndd-build'))).toBe(false);
    expect(build(dictionaryDir, outDir).status).toBe(0);
    const fresh = join(work, 'kill-stage', 'fresh');
    expect(build(dictionaryDir, fresh).status).toBe(0);
    expect(outputOf(outDir)).toEqual(outputOf(fresh));
    for (const pkg of readdirSync(outDir)) expect(snapshot(join(outDir, pkg, 'dist.next-stage'))).toEqual(snapshot(join(outDir, pkg, 'dist')));
  });

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
