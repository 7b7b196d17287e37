import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dictionary, RawFile } from '@ndd/registry';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocuments, openApiDocumentBytes, type ComponentBody, type ComponentStore, type ComponentText } from './index.js';
import { CASES } from './testing/cases.js';
import { fixtureFiles, loadFixture } from './testing/fixture.js';
import { referenceOpenApi } from './testing/reference.js';

const root = new URL('../../../dictionary/', import.meta.url).pathname;
const OPTIONS = { version: '1.2.3', packageDir: 'dist/' };

/** A store kept in memory, filled from what each generation converted; counts what it served. */
class MemoryStore implements ComponentStore {
  readonly salt = 'test';
  readonly entries = new Map<string, ComponentText>();
  served = 0;
  /** Serve bodies as UTF-8 bytes, views into one larger buffer, as the build's cache does. */
  bytes = false;

  lookup(keys: readonly string[]): ReadonlyMap<string, ComponentText> {
    const out = new Map<string, ComponentText>();
    for (const key of keys) {
      const entry = this.entries.get(key);
      // Through JSON, as the build's cache stores it.
      if (entry) out.set(key, this.bytes ? { ...entry, text31: asView(entry.text31), text30: asView(entry.text30) } : (JSON.parse(JSON.stringify(entry)) as ComponentText));
    }
    this.served += out.size;
    return out;
  }

  generate(dictionary: Dictionary, domain: string) {
    const out = generateOpenApiDocuments(dictionary, dictionary.domains.get(domain)!, { ...OPTIONS, components: this });
    for (const [key, text] of out.generated) this.entries.set(key, text);
    return out;
  }
}

/** A body's UTF-8 bytes as a view inside a larger buffer (never at offset 0). */
function asView(body: ComponentBody): Uint8Array {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const backing = new Uint8Array(bytes.byteLength + 7);
  backing.set(bytes, 3);
  return backing.subarray(3, 3 + bytes.byteLength);
}

function realFiles(): RawFile[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((path) => ({ path: path.replace(/\\/g, '/'), bytes: new Uint8Array(readFileSync(join(root, path))) }));
}

/** The files with one schema's title replaced (a new file content: its components get new keys). */
function withTitle(files: readonly RawFile[], path: string, title: string): RawFile[] {
  return files.map((f) => {
    if (f.path !== path) return f;
    const schema = JSON.parse(new TextDecoder().decode(f.bytes)) as Record<string, unknown>;
    return { path, bytes: new TextEncoder().encode(`${JSON.stringify({ ...schema, title }, null, 2)}\n`) };
  });
}

function expectSameAsReference(dictionary: Dictionary, domain: string, out: { files: readonly unknown[]; diagnostics: readonly unknown[] }): void {
  const reference = referenceOpenApi(dictionary, dictionary.domains.get(domain)!, OPTIONS.version, OPTIONS.packageDir);
  expect(out.files).toEqual(reference.files);
  expect(out.diagnostics).toEqual(reference.diagnostics);
}

describe('documents assembled from component text', () => {
  it('are byte-identical to whole-document serialisation, with every finding (fixture cases)', () => {
    const { dictionary } = loadFixture(fixtureFiles(CASES));
    let findings = 0;
    for (const domain of ['core', 'land']) {
      const out = generateOpenApiDocuments(dictionary, dictionary.domains.get(domain)!, OPTIONS);
      findings += out.diagnostics.length;
      expect(out.generated.size).toBe(0);
      expectSameAsReference(dictionary, domain, out);
    }
    expect(findings).toBeGreaterThan(0);
  });

  it('are byte-identical to whole-document serialisation for every domain of the real dictionary', () => {
    const { dictionary } = loadFixture(realFiles());
    for (const domain of dictionary.domains.keys()) expectSameAsReference(dictionary, domain, generateOpenApiDocuments(dictionary, dictionary.domains.get(domain)!, OPTIONS));
  });

  it('after an edit, equal a generation from scratch, converting only the edited file’s components', () => {
    const files = realFiles();
    const store = new MemoryStore();
    const before = loadFixture(files).dictionary;
    for (const domain of before.domains.keys()) store.generate(before, domain);
    const stored = store.entries.size;

    // core/address is bundled by other domains: each document holding it converts it again, nothing else.
    const edited = loadFixture(withTitle(files, 'core/address/v1.schema.json', 'Địa chỉ (đã sửa)')).dictionary;
    const address = edited.schemas.get('https://schemas.ndd.gov.vn/core/address/v1')!;
    let documentsWithIt = 0;
    for (const domain of edited.domains.keys()) {
      const served = store.served;
      const out = store.generate(edited, domain);
      const scratch = generateOpenApiDocuments(edited, edited.domains.get(domain)!, OPTIONS);
      expect(out.files).toEqual(scratch.files);
      expect(out.diagnostics).toEqual(scratch.diagnostics);
      expectSameAsReference(edited, domain, out);
      const components = JSON.parse(out.files[0]!.contents).components.schemas as Record<string, { 'x-ndd-id'?: string }>;
      const fromAddress = Object.values(components).filter((c) => c['x-ndd-id']?.startsWith(address.id)).length;
      if (fromAddress > 0) {
        documentsWithIt++;
        expect(out.files[0]!.contents).toContain('Địa chỉ (đã sửa)');
      }
      // Never a stale component: the edited file's are converted again, every other one is served.
      expect([...out.generated.values()].length).toBeLessThanOrEqual(fromAddress);
      expect(store.served - served + out.generated.size).toBe(Object.keys(components).length);
    }
    expect(documentsWithIt).toBeGreaterThan(1);
    expect(store.entries.size).toBeGreaterThan(stored);
  });

  it('do not depend on which components the store holds (a partial store, a store of another salt)', () => {
    const { dictionary } = loadFixture(fixtureFiles(CASES));
    const full = new MemoryStore();
    full.generate(dictionary, 'core');
    const partial = new MemoryStore();
    [...full.entries].filter((_, i) => i % 2 === 0).forEach(([k, v]) => partial.entries.set(k, v));
    const other = Object.assign(new MemoryStore(), { salt: 'other' });
    for (const [k, v] of full.entries) other.entries.set(k, v);
    const scratch = generateOpenApiDocuments(dictionary, dictionary.domains.get('core')!, OPTIONS);
    for (const store of [full, partial, other]) {
      const out = store.generate(dictionary, 'core');
      expect(out.files).toEqual(scratch.files);
      expect(out.diagnostics).toEqual(scratch.diagnostics);
    }
    expect(other.served).toBe(0);
  });

  it('spliced from stored bytes (as the build\u2019s cache serves them) are the bytes of the text', () => {
    const { dictionary } = loadFixture(realFiles());
    const store = new MemoryStore();
    for (const domain of dictionary.domains.keys()) store.generate(dictionary, domain);
    store.bytes = true;
    let documents = 0;
    for (const domain of dictionary.domains.keys()) {
      const served = store.served;
      const scratch = generateOpenApiDocuments(dictionary, dictionary.domains.get(domain)!, OPTIONS);
      const out = openApiDocumentBytes(dictionary, dictionary.domains.get(domain)!, { ...OPTIONS, components: store });
      expect(out.generated.size).toBe(0);
      expect(store.served - served).toBeGreaterThan(0);
      expect(out.files.map((f) => f.path)).toEqual(scratch.files.map((f) => f.path));
      for (const [i, f] of out.files.entries()) expect(Buffer.from(f.bytes).equals(Buffer.from(scratch.files[i]!.contents))).toBe(true);
      expect(out.diagnostics).toEqual(scratch.diagnostics);
      documents += out.files.length;
    }
    expect(documents).toBe(2 * dictionary.domains.size);
  });
});
