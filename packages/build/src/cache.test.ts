import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentCache } from './cache.js';

const root = mkdtempSync(join(tmpdir(), 'ndd-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const indexEntries = (dir: string, namespace: string) => Object.keys((JSON.parse(readFileSync(join(dir, 'build', `${namespace}.index`), 'utf8')) as { entries: object }).entries);

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
});
