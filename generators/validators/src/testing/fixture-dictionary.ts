import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDictionary, type Dictionary } from '@ndd/registry';
import { temporaryDirectory } from './temporary.js';

const BASE = 'https://schemas.ndd.gov.vn/';

/** The smallest metadata the loader accepts. */
const METADATA = {
  version: '1.0.0',
  kind: 'entity',
  status: 'candidate',
  layer: 'transactional',
  steward: { agency: { vi: 'Cơ quan thử nghiệm', en: 'Test agency' } },
  legalBasis: [{ document: '01/2026/TT-TEST', title: { vi: 'Thông tư thử nghiệm', en: 'Test circular' } }],
};

/**
 * Writes a one-domain (`core`) dictionary of the given schemas (path without `.schema.json` →
 * schema body without `$schema`/`$id`/`x-ndd`) and loads it. Loading errors fail the test.
 */
export async function fixtureDictionary(schemas: Readonly<Record<string, Record<string, unknown>>>): Promise<Dictionary> {
  const dir = temporaryDirectory('ndd-fixture-');
  writeFileSync(
    join(dir, 'ndd.dictionary.json'),
    JSON.stringify({
      baseUri: BASE,
      title: { vi: 'Từ điển thử', en: 'Test dictionary' },
      domains: { core: { title: { vi: 'Lõi', en: 'Core' }, description: { vi: 'Thử', en: 'Test' }, package: '@ndd/core', compatibility: 'NONE' } },
    }),
  );
  for (const [path, body] of Object.entries(schemas)) {
    const file = join(dir, `${path}.schema.json`);
    mkdirSync(dirname(file), { recursive: true });
    const schema = { $schema: 'https://schemas.ndd.gov.vn/meta/v1/dialect', $id: `${BASE}${path}`, 'x-ndd': METADATA, ...body };
    writeFileSync(file, JSON.stringify(schema, null, 2));
  }
  const { dictionary, diagnostics } = await loadDictionary(dir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !dictionary) throw new Error(`fixture does not load: ${errors.map((d) => `${d.file} ${d.pointer}: ${d.message}`).join('; ')}`);
  return dictionary;
}

/** `$ref` value of a fixture schema. */
export const refTo = (path: string): string => `${BASE}${path}`;
