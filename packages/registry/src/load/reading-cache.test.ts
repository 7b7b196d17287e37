import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDictionary, loadFiles, type LoadResult, type RawFile } from '../index.js';
import { forgetReadings } from './read-document.js';
import { forgetReadingCaches, readingCacheAt } from './reading-cache.js';

const testdata = new URL('../../testdata/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'ndd-readings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function readTree(dir: string, prefix = ''): RawFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? readTree(join(dir, e.name), `${prefix}${e.name}/`) : [{ path: `${prefix}${e.name}`, bytes: readFileSync(join(dir, e.name)) }],
  );
}

/** The base dictionary with a case's files laid over it (as the broken-corpus test builds it). */
function overlay(files: RawFile[], remove: string[] = []): RawFile[] {
  const byPath = new Map(readTree(join(testdata, 'base')).map((f) => [f.path, f]));
  for (const path of remove) byPath.delete(path);
  for (const f of files) byPath.set(f.path, f);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Everything a load gives, in comparable form. */
function observed(result: LoadResult): unknown {
  const d = result.dictionary;
  return {
    diagnostics: result.diagnostics,
    sources: [...result.sources],
    // `schema` is a getter of the record's class, not an own property: named, so it is compared.
    schemas: d ? [...d.schemas.values()].map(({ positionOf: _p, ...record }, i) => ({ ...record, schema: [...d.schemas.values()][i]!.schema })) : undefined,
    dependencies: d ? [...d.schemas.keys()].map((id) => d.dependenciesOf(id)) : undefined,
    domains: d ? [...d.domains.values()] : undefined,
  };
}

/** A load with nothing remembered in this process: the cache folder is all there is. */
function loadAfresh(name: string, files: readonly RawFile[], cacheDir?: string): LoadResult {
  forgetReadings();
  forgetReadingCaches();
  return loadFiles(name, files, cacheDir === undefined ? {} : { cacheDir });
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const cases: [string, RawFile[]][] = [
  ['base', overlay([])],
  ...readdirSync(join(testdata, 'broken'))
    .sort()
    .map((name): [string, RawFile[]] => {
      const folder = join(testdata, 'broken', name);
      const { remove } = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { remove: string[] };
      return [name, overlay(readTree(join(folder, 'files')), remove)];
    }),
  ['latin1', overlay([{ path: 'core/extra/v1.schema.json', bytes: Buffer.from('{"title": "Th\xeam"}', 'latin1') }])],
  ['json-array', overlay([{ path: 'core/extra/v1.schema.json', bytes: Buffer.from('[1]\n') }])],
];

describe('the persistent reading cache', () => {
  for (const [name, files] of cases) {
    it(`${name}: a load from the cache finds exactly what a fresh load finds`, () => {
      const cacheDir = join(scratch, name);
      const fresh = loadAfresh(name, files);
      const cold = loadAfresh(name, files, cacheDir);
      expect(readingCacheAt(cacheDir).hits).toBe(0);
      const warm = loadAfresh(name, files, cacheDir);
      const schemaFiles = files.filter((f) => f.path.endsWith('.schema.json')).length;
      expect(readingCacheAt(cacheDir).hits).toBe(fresh.dictionary ? schemaFiles : 0); // no config, no file read
      expect(observed(cold)).toEqual(observed(fresh));
      expect(observed(warm)).toEqual(observed(fresh));
      // The model is as immutable as a fresh one: documents and what comes from them frozen.
      for (const record of warm.dictionary?.schemas.values() ?? []) expect([isDeepFrozen(record.schema), isDeepFrozen(record.codes), isDeepFrozen(record.references)]).toEqual([true, true, true]);
    });
  }

  const [, files] = cases.find(([name]) => name === 'not-nfc')!;
  const cacheFile = (dir: string) => join(dir, 'readings.ndjson');

  it('skips a corrupt or truncated entry and reads that file afresh', () => {
    const cacheDir = join(scratch, 'corrupt');
    const fresh = loadAfresh('corrupt', files);
    loadAfresh('corrupt', files, cacheDir);
    const lines = readFileSync(cacheFile(cacheDir), 'utf8').split('\n');
    expect(lines.length).toBe(files.length - 1 + 2); // header, one line a schema file, final newline
    lines[1] = lines[1]!.replace('"t":true', '"t":false'); // a changed byte: its hash no longer matches
    lines[2] = lines[2]!.slice(0, 60); // cut short, as by a crash
    writeFileSync(cacheFile(cacheDir), lines.join('\n'));
    const warm = loadAfresh('corrupt', files, cacheDir);
    expect(readingCacheAt(cacheDir).hits).toBe(files.length - 1 - 2);
    expect(observed(warm)).toEqual(observed(fresh));
  });

  it('ignores entries written by another version of the loader, and replaces them', () => {
    const cacheDir = join(scratch, 'stale');
    const fresh = loadAfresh('stale', files);
    loadAfresh('stale', files, cacheDir);
    const [header, ...rest] = readFileSync(cacheFile(cacheDir), 'utf8').split('\n');
    writeFileSync(cacheFile(cacheDir), [header!.replace(/[0-9a-f]{8}$/, '00000000'), ...rest].join('\n'));
    const stale = loadAfresh('stale', files, cacheDir);
    expect(readingCacheAt(cacheDir).hits).toBe(0);
    expect(observed(stale)).toEqual(observed(fresh));
    expect(readFileSync(cacheFile(cacheDir), 'utf8').split('\n')[0]).toBe(header);
    loadAfresh('stale', files, cacheDir);
    expect(readingCacheAt(cacheDir).hits).toBe(files.length - 1);
  });

  it('keeps an edited file apart from its earlier version', () => {
    const cacheDir = join(scratch, 'edited');
    const [, base] = cases[0]!;
    loadAfresh('edited', base, cacheDir);
    const edited = base.map((f) => (f.path === 'core/person/v1.schema.json' ? { ...f, bytes: Buffer.from(f.bytes.toString().replace('"title": "Công dân"', '"title": "Công dân",\n  "maxProperties": -1')) } : f));
    const result = loadAfresh('edited', edited, cacheDir);
    expect(result.diagnostics.map((d) => d.code)).toContain('invalid-schema');
    expect(readingCacheAt(cacheDir).hits).toBe(base.length - 2); // every schema file but the edited one
  });

  it('stores a file that this process read before without the cache', () => {
    const cacheDir = join(scratch, 'read-before');
    const [, base] = cases[0]!;
    loadAfresh('read-before', base);
    loadFiles('read-before', base, { cacheDir }); // every reading comes from this process's memo
    loadAfresh('read-before', base, cacheDir);
    expect(readingCacheAt(cacheDir).hits).toBe(base.length - 1);
  });

  it('goes on without it when the folder cannot be written', () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const [, base] = cases[0]!;
    const result = loadAfresh('unwritable', base, join(blocker, 'cache'));
    expect(observed(result)).toEqual(observed(loadAfresh('unwritable', base)));
  });

  it('writes only in its own folder, never in the dictionary', async () => {
    const dictionary = join(testdata, 'base');
    const listing = () => readTree(dictionary).map((f) => [f.path, statSync(join(dictionary, f.path)).mtimeMs]);
    const before = listing();
    forgetReadings();
    forgetReadingCaches();
    const cacheDir = join(scratch, 'own-folder');
    await loadDictionary(dictionary, { cacheDir });
    expect(listing()).toEqual(before);
    expect(readdirSync(cacheDir)).toEqual(['readings.ndjson']);
  });
});
