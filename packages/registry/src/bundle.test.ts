import { Ajv2020 } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { formats } from '@ndd/formats';
import { describe, expect, it } from 'vitest';
import { bundleSchema, createDictionaryAjv, loadDictionary } from './index.js';

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
