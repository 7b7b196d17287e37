import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { formats } from '@ndd/formats';
import { loadDictionary } from '@ndd/registry';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script module without type declarations
import { synthesize, writeDictionary } from '../scripts/lib/synth.mjs';

type Files = Map<string, string>;
const synth = (schemas: number, seed?: number): Files => synthesize({ schemas, ...(seed !== undefined && { seed }) });

describe('synthetic dictionary', () => {
  const files = synth(300, 7);
  const schemas = [...files].filter(([path]) => path.endsWith('.schema.json')).map(([path, text]) => ({ path, schema: JSON.parse(text) }));

  it('is byte-identical for the same seed, and different for another', () => {
    expect([...synth(300, 7)]).toEqual([...files]);
    expect(synth(300, 8).get('ndd.dictionary.json')).toBeDefined();
    expect([...synth(300, 8).values()].join('')).not.toBe([...files.values()].join(''));
  });

  it('has exactly the number of schemas asked for, with paths that agree with $id', () => {
    for (const n of [20, 21, 123, 1000]) expect([...synth(n).keys()].filter((p) => p.endsWith('.schema.json'))).toHaveLength(n);
    expect(() => synth(19)).toThrow(RangeError);
    for (const { path, schema } of schemas) expect(schema.$id).toBe(`https://schemas.ndd.gov.vn/${path.replace(/\.schema\.json$/, '')}`);
  });

  it('has the shapes of a real dictionary: kinds, cross-file refs, nested objects, retired codes, two majors', () => {
    const kinds = new Set(schemas.map((s) => s.schema['x-ndd'].kind));
    expect([...kinds].sort()).toEqual(['codelist', 'element', 'entity']);
    const texts = [...files.values()].join('\n');
    expect(texts).toMatch(/"\$ref": "https:\/\/schemas\.ndd\.gov\.vn\/common\//);
    expect(texts).toMatch(/"\$ref": "https:\/\/schemas\.ndd\.gov\.vn\/[a-z-]+\/codelists\//);
    expect(texts).toMatch(/"\$ref": "#\/\$defs\//);
    expect(texts).toContain('"successors"');
    expect(schemas.some((s) => s.schema['x-ndd'].deprecated?.successor?.endsWith('/v2'))).toBe(true);
    const nested = schemas.some((s) => Object.values(s.schema.properties ?? {}).some((p) => (p as { type?: string }).type === 'object'));
    expect(nested).toBe(true);
  });

  it('gives every schema examples that its own schema accepts', () => {
    const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
    addFormats.default(ajv);
    for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
    for (const { schema } of schemas) ajv.addSchema(schema);
    for (const { path, schema } of schemas) {
      const validate = ajv.getSchema(schema.$id)!;
      for (const example of schema.examples) expect(validate(example), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('loads with no findings at all, through the real loader', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ndd-synth-'));
    try {
      await writeDictionary(join(dir, 'd'), files);
      const result = await loadDictionary(join(dir, 'd'));
      expect(result.diagnostics).toEqual([]);
      expect(result.dictionary?.schemas.size).toBe(300);
      const graph = result.dictionary!;
      expect([...graph.schemas.keys()].some((id) => graph.dependentsOf(id).length > 0)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rewrites only what differs: the same dictionary again touches no file, another removes the stale ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ndd-synth-'));
    try {
      const d = join(dir, 'd');
      await writeDictionary(d, synth(20));
      const schema = [...synth(20).keys()].find((p) => p.endsWith('.schema.json'))!;
      const before = (await stat(join(d, schema))).mtimeMs;
      await new Promise((resolve) => setTimeout(resolve, 20));
      await writeDictionary(d, synth(20));
      expect((await stat(join(d, schema))).mtimeMs).toBe(before);
      const other = synth(20, 2);
      await writeDictionary(d, other);
      const listed = (await readdir(d, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(d, join(e.parentPath, e.name)).split(sep).join('/'));
      expect(listed.sort()).toEqual(['.ndd-synth', ...other.keys()].sort());
      for (const [path, text] of other) expect(await readFile(join(d, path), 'utf8')).toBe(text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to overwrite a directory it did not create', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ndd-synth-'));
    try {
      await writeDictionary(join(dir, 'd'), synth(20));
      await writeDictionary(join(dir, 'd'), synth(20, 2)); // its own output: replaced
      expect(await readFile(join(dir, 'd', 'ndd.dictionary.json'), 'utf8')).toBe(synth(20, 2).get('ndd.dictionary.json'));
      await writeFile(join(dir, 'precious.txt'), 'keep me');
      await expect(writeDictionary(dir, synth(20))).rejects.toThrow(/not empty/);
      expect(await readFile(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
