import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentCache } from './cache.js';

const root = mkdtempSync(join(tmpdir(), 'ndd-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface IndexFile {
  readonly data: string;
  readonly entries: object;
}
const indexOf = (dir: string, namespace: string) => JSON.parse(readFileSync(join(dir, 'build', `${namespace}.index`), 'utf8')) as IndexFile;
const journalFile = (dir: string, namespace: string) => join(dir, 'build', `${indexOf(dir, namespace).data}.journal`);
const journalText = (dir: string, namespace: string) => (existsSync(journalFile(dir, namespace)) ? readFileSync(journalFile(dir, namespace), 'utf8') : '');
const journalSize = (dir: string, namespace: string) => (existsSync(journalFile(dir, namespace)) ? statSync(journalFile(dir, namespace)).size : 0);
/** The keys the index and its journal hold (a journal line: 8 hex digits of checksum, a space, the batch). */
const indexEntries = (dir: string, namespace: string) => {
  const keys = new Set(Object.keys(indexOf(dir, namespace).entries));
  for (const line of journalText(dir, namespace).split('\n').filter(Boolean)) for (const [key] of (JSON.parse(line.slice(9)) as { entries: [string][] }).entries) keys.add(key);
  return [...keys];
};

describe('the build cache', () => {
  it('keeps an index of listings bounded: entries no build uses are dropped once they outnumber the used ones', async () => {
    const dir = join(root, 'listings');
    // Each build lists 13 documents under new keys (an edit bundled by 13 domains) and uses nothing else.
    for (let build = 0; build < 60; build++) {
      const cache = new ContentCache(dir);
      for (let d = 0; d < 13; d++) await cache.putListing('openapi', `b${build}-d${d}`, { components: ['k'] }, [['openapi.json', 100]]);
      await cache.flush();
    }
    const kept = indexEntries(dir, 'openapi');
    // Never more than the used ones plus the floor of unused ones; the last build's are all there.
    expect(kept.length).toBeLessThanOrEqual(13 + 32 + 13);
    for (let d = 0; d < 13; d++) expect(kept).toContain(`b59-d${d}`);
    // And a listing still reads back after the compaction.
    const cache = new ContentCache(dir);
    expect((await cache.get<{ components: string[] }>('openapi', 'b59-d0'))?.meta).toEqual({ components: ['k'] });
  });

  it('keeps the entries of files through such a compaction, bytes and all', async () => {
    const dir = join(root, 'files');
    for (let build = 0; build < 40; build++) {
      const cache = new ContentCache(dir);
      // The same file entry used by every build, and 10 fresh meta-only entries a build.
      if (build === 0) await cache.put('types', 'stable', null, [{ path: 'a.ts', contents: 'export type A = "Ạ";\n' }]);
      else await cache.keep('types', 'stable');
      for (let i = 0; i < 10; i++) await cache.put('types', `b${build}-${i}`, { n: i }, []);
      await cache.flush();
    }
    expect(indexEntries(dir, 'types').length).toBeLessThan(40 * 10);
    const cache = new ContentCache(dir);
    expect(await cache.files('types', 'stable')).toEqual([{ path: 'a.ts', contents: 'export type A = "Ạ";\n' }]);
  });

  it('appends the entries of a build to a journal beside the index, which it folds into the index before it outgrows it', async () => {
    const dir = join(root, 'journal');
    const sizes: number[] = [];
    for (let build = 0; build < 200; build++) {
      const cache = new ContentCache(dir);
      // Every build uses what the earlier ones stored (nothing is compacted away) and adds one entry.
      if (build === 0) for (let i = 0; i < 50; i++) await cache.put('types', `base-${i}`, { i, note: 'x'.repeat(200) }, []);
      else for (let i = 0; i < 50; i++) await cache.keep('types', `base-${i}`);
      for (let earlier = 0; earlier < build; earlier++) await cache.keep('types', `b${earlier}`);
      await cache.put('types', `b${build}`, { build, note: 'ý'.repeat(2000) }, [{ path: 'a.ts', contents: `export type B${build} = "Ạ";\n` }]);
      await cache.flush();
      sizes.push(journalSize(dir, 'types'));
    }
    // Builds after the first append lines (the index is not written again each time)…
    expect(sizes[1]).toBeGreaterThan(0);
    expect(sizes[2]).toBeGreaterThan(sizes[1]!);
    // …and the journal is folded in once it would outgrow the index (64 KiB at least), so it stays bounded.
    const index = statSync(join(dir, 'build', 'types.index')).size;
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.max(index, 64 << 10));
    expect(sizes.some((n, i) => i > 0 && n < sizes[i - 1]!)).toBe(true);
    // Entries of either kind read back, bytes and all.
    const cache = new ContentCache(dir);
    expect(await cache.files('types', 'b199')).toEqual([{ path: 'a.ts', contents: 'export type B199 = "Ạ";\n' }]);
    const folded = sizes.findIndex((n, i) => i > 0 && n < sizes[i - 1]!);
    expect(await cache.files('types', `b${folded - 1}`)).toEqual([{ path: 'a.ts', contents: `export type B${folded - 1} = "Ạ";\n` }]);
    expect(await cache.files('types', `b${folded}`)).toEqual([{ path: 'a.ts', contents: `export type B${folded} = "Ạ";\n` }]);
    expect((await cache.get<{ i: number }>('types', 'base-7'))?.meta.i).toBe(7);
  });

  it('ignores a torn journal line and what follows it, and goes on from the entries before it', async () => {
    const dir = join(root, 'torn');
    for (let build = 0; build < 3; build++) {
      const cache = new ContentCache(dir);
      await cache.put('types', `b${build}`, { build }, [{ path: 'a.ts', contents: `export type B${build} = ${build};\n` }]);
      await cache.flush();
    }
    // A build killed while appending its line: half of the last line is on disk.
    const text = journalText(dir, 'types');
    const lastLine = text.slice(0, -1).lastIndexOf('\n') + 1;
    truncateSync(journalFile(dir, 'types'), Buffer.byteLength(text.slice(0, lastLine + 20)));
    const after = new ContentCache(dir);
    expect(await after.files('types', 'b0')).toEqual([{ path: 'a.ts', contents: 'export type B0 = 0;\n' }]);
    expect(await after.files('types', 'b1')).toEqual([{ path: 'a.ts', contents: 'export type B1 = 1;\n' }]);
    expect(await after.get('types', 'b2')).toBeUndefined();
    // The next build stores again what was lost (its bytes past the data size are cut off first).
    await after.put('types', 'b2', { build: 2 }, [{ path: 'a.ts', contents: 'export type B2 = "again";\n' }]);
    await after.flush();
    const again = new ContentCache(dir);
    expect(await again.files('types', 'b2')).toEqual([{ path: 'a.ts', contents: 'export type B2 = "again";\n' }]);
    expect(await again.files('types', 'b1')).toEqual([{ path: 'a.ts', contents: 'export type B1 = 1;\n' }]);
  });

  it('takes a journal line of another shape, checksum and all, for a torn one: the entries before it stay, nothing throws', async () => {
    const dir = join(root, 'shape');
    for (let build = 0; build < 2; build++) {
      const cache = new ContentCache(dir);
      await cache.put('types', `b${build}`, { build }, []);
      await cache.flush();
    }
    const payload = JSON.stringify({ dataSize: 0, entries: 5 });
    appendFileSync(journalFile(dir, 'types'), `${crc32(Buffer.from(payload)).toString(16).padStart(8, '0')} ${payload}\n`);
    const after = new ContentCache(dir);
    expect((await after.get<{ build: number }>('types', 'b1'))?.meta.build).toBe(1);
  });
});
