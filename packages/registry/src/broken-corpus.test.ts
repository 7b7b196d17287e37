import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles, type RawFile } from './index.js';

const testdata = new URL('../testdata/', import.meta.url).pathname;

function readTree(dir: string, prefix = ''): RawFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? readTree(join(dir, e.name), `${prefix}${e.name}/`)
      : [{ path: `${prefix}${e.name}`, bytes: readFileSync(join(dir, e.name)) }],
  );
}

/** The base dictionary with a case's files laid over it. */
function overlay(files: RawFile[], remove: string[] = []): RawFile[] {
  const byPath = new Map(readTree(join(testdata, 'base')).map((f) => [f.path, f]));
  for (const path of remove) byPath.delete(path);
  for (const f of files) byPath.set(f.path, f);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

interface Expected {
  code: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
}

function shape(d: { code: string; severity: string; file?: string; start?: { line: number; column: number }; pointer?: string }, like: Expected): Expected {
  return {
    code: d.code,
    severity: d.severity,
    ...('file' in like ? { file: d.file } : {}),
    ...('line' in like ? { line: d.start?.line, column: d.start?.column } : {}),
    ...('pointer' in like ? { pointer: d.pointer } : {}),
  } as Expected;
}

describe('the base dictionary', () => {
  it('loads without any finding', () => {
    const result = loadFiles('base', overlay([]));
    expect(result.diagnostics).toEqual([]);
    expect(result.dictionary?.schemas.size).toBe(2);
  });
});

const cases = readdirSync(join(testdata, 'broken')).sort();

describe('broken dictionaries', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  for (const name of cases) {
    const folder = join(testdata, 'broken', name);
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { description: string; remove: string[]; diagnostics: Expected[] };
    it(`${name}: ${expected.description}`, () => {
      const result = loadFiles(name, overlay(readTree(join(folder, 'files')), expected.remove));
      const actual = result.diagnostics.map((d, i) => shape(d, expected.diagnostics[i] ?? expected.diagnostics[0]!));
      expect(actual).toEqual(expected.diagnostics);
      for (const d of result.diagnostics) {
        expect(d.message.length).toBeGreaterThan(10);
      }
    });
  }
});

describe('byte-level problems', () => {
  it('reports a file that is not UTF-8', () => {
    const bytes = Buffer.from('{"title": "Th\xeam"}', 'latin1');
    const result = loadFiles('latin1', overlay([{ path: 'core/extra/v1.schema.json', bytes }]));
    expect(result.diagnostics.map((d) => [d.code, d.file, d.start?.line])).toEqual([['invalid-encoding', 'core/extra/v1.schema.json', 1]]);
  });
  it('reports a file that is too large without reading it', () => {
    const bytes = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
    const result = loadFiles('large', overlay([{ path: 'core/extra/v1.schema.json', bytes }]));
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['file-too-large', 'core/extra/v1.schema.json']]);
  });
});

describe('the diagnostic code table', () => {
  it('documents every code the corpus produces, and the corpus covers every documented code', async () => {
    const { LOAD_DIAGNOSTIC_CODES } = await import('./codes.js');
    const seen = new Set<string>(['file-too-large', 'invalid-encoding', 'source-unreadable']); // byte-level and git tests
    for (const name of cases) {
      const folder = join(testdata, 'broken', name);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { remove: string[] };
      for (const d of loadFiles(name, overlay(readTree(join(folder, 'files')), expected.remove)).diagnostics) seen.add(d.code);
    }
    expect([...seen].filter((c) => !(c in LOAD_DIAGNOSTIC_CODES))).toEqual([]);
    expect(Object.keys(LOAD_DIAGNOSTIC_CODES).filter((c) => !seen.has(c))).toEqual([]);
  });
});
