import { Ajv2020 } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { formats } from '@ndd/formats';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundleSchema, createDictionaryAjv, loadDictionary, loadFiles } from './index.js';

const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020) => Ajv2020;

describe('bundleSchema', () => {
  it('copies referenced schemas under $defs and rewrites the references', async () => {
    const { dictionary } = await loadDictionary(new URL('../testdata/base/', import.meta.url).pathname);
    const bundle = bundleSchema(dictionary!, 'https://schemas.ndd.gov.vn/core/person/v1') as Record<string, any>;
    expect(bundle['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(bundle['properties'].fullName).toEqual({ $ref: '#/$defs/core~1name~1v1' });
    expect(bundle['properties'].mother).toEqual({ $ref: '#' });
    expect(bundle['$defs']['core/name/v1'].maxLength).toBe(100);
    expect(bundle['$defs']['core/name/v1']['$id']).toBeUndefined();
  });

  it('points a definition that references the root at "#", whichever bundle was made first', () => {
    // a ⇄ b, both → c, d → a: in a's bundle b's reference to a is "#"; in b's, a's reference to
    // b is; in d's, neither. c is shared by the bundles; a's and b's definitions made for a
    // bundle whose root they point at must not be.
    const base = new URL('../testdata/base/', import.meta.url).pathname;
    const name = JSON.parse(readFileSync(`${base}core/name/v1.schema.json`, 'utf8')) as Record<string, unknown>;
    const schema = (n: string, properties: Record<string, unknown>) => ({
      ...name,
      $id: `https://schemas.ndd.gov.vn/core/${n}/v1`,
      type: 'object',
      properties,
      minLength: undefined,
      maxLength: undefined,
      examples: [{}],
    });
    const file = (n: string, properties: Record<string, unknown>) => ({ path: `core/${n}/v1.schema.json`, bytes: Buffer.from(JSON.stringify(schema(n, properties))) });
    const ref = (n: string) => ({ $ref: `https://schemas.ndd.gov.vn/core/${n}/v1` });
    const files = [
      { path: 'ndd.dictionary.json', bytes: readFileSync(`${base}ndd.dictionary.json`) },
      file('a', { b: ref('b'), c: ref('c') }),
      file('b', { a: ref('a'), c: ref('c') }),
      file('c', { note: { type: 'string' } }),
      file('d', { a: ref('a') }),
    ];
    for (const order of [['a', 'b', 'd'], ['b', 'a', 'd'], ['d', 'a', 'b']]) {
      const { dictionary, diagnostics } = loadFiles('cycle', files);
      expect(diagnostics).toEqual([]);
      const bundles = Object.fromEntries(order.map((n) => [n, bundleSchema(dictionary!, `https://schemas.ndd.gov.vn/core/${n}/v1`) as Record<string, any>]));
      expect(bundles['a']!['$defs']['core/b/v1'].properties.a).toEqual({ $ref: '#' });
      expect(bundles['a']!['properties'].b).toEqual({ $ref: '#/$defs/core~1b~1v1' });
      expect(bundles['b']!['$defs']['core/a/v1'].properties.b).toEqual({ $ref: '#' });
      expect(bundles['b']!['$defs']['core/a/v1'].properties.c).toEqual({ $ref: '#/$defs/core~1c~1v1' });
      expect(bundles['a']!['$defs']['core/c/v1']).toBe(bundles['b']!['$defs']['core/c/v1']); // shared
      expect(Object.keys(bundles['a']!['$defs'])).toEqual(['core/b/v1', 'core/c/v1']);
      expect(bundles['d']!['$defs']['core/b/v1'].properties.a).toEqual({ $ref: '#/$defs/core~1a~1v1' });
      expect(bundles['d']!['$defs']['core/a/v1'].properties.b).toEqual({ $ref: '#/$defs/core~1b~1v1' });
    }
  });

  it('accepts and rejects exactly what the dictionary does, for every example and counter-example of the real dictionary', async () => {
    const { dictionary } = await loadDictionary(new URL('../../../dictionary/', import.meta.url).pathname);
    const reference = createDictionaryAjv(dictionary!);
    // A plain ajv: no ndd vocabulary (strict off), only the formats; it sees nothing but the bundle.
    const plain = new Ajv2020({ strict: false });
    addFormats(plain);
    for (const [name, check] of Object.entries(formats)) plain.addFormat(name, { type: 'string', validate: check });
    let checked = 0;
    for (const record of dictionary!.schemas.values()) {
      const validateBundle = plain.compile(bundleSchema(dictionary!, record.id));
      const validateReference = reference.getSchema(record.id)!;
      const samples = [
        ...((record.schema['examples'] as unknown[] | undefined) ?? []),
        ...((record.schema['x-counterexamples'] as { data: unknown }[] | undefined) ?? []).map((c) => c.data),
      ];
      for (const sample of samples) {
        expect(validateBundle(sample), `${record.id}: ${JSON.stringify(sample)}`).toBe(validateReference(sample));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
