/**
 * Test support: small dictionaries built in memory, so each conversion case is one short schema
 * next to its expected output in the test that uses it.
 */
import { loadFiles, type Dictionary, type RawFile } from '@ndd/registry';
import type { Diagnostic } from '@ndd/diagnostics';

const BASE = 'https://schemas.ndd.gov.vn/';

/** The `$id` of a fixture schema: `core/name/v1` → `https://schemas.ndd.gov.vn/core/name/v1`. */
export const idOf = (path: string): string => `${BASE}${path}`;

/** A fixture schema: its path without `.schema.json` and its body (boilerplate is added). */
export interface FixtureSchema {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly deprecated?: boolean;
}

const config = {
  baseUri: BASE,
  title: { vi: 'Từ điển thử', en: 'Test dictionary' },
  domains: {
    core: { title: { vi: 'Từ vựng lõi', en: 'Core vocabulary' }, description: { vi: 'Dùng chung.', en: 'Shared.' }, package: '@ndd/core' },
    land: { title: { vi: 'Đất đai', en: 'Land' }, description: { vi: 'Đất đai.', en: 'Land.' }, package: '@ndd/land' },
  },
};

/** The files of a fixture dictionary (in the given order: tests shuffle it). */
export function fixtureFiles(schemas: readonly FixtureSchema[]): RawFile[] {
  const encode = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  return [
    { path: 'ndd.dictionary.json', bytes: encode(config) },
    ...schemas.map(({ path, body, deprecated }) => ({
      path: `${path}.schema.json`,
      bytes: encode({
        $schema: 'https://schemas.ndd.gov.vn/meta/v1/dialect',
        $id: idOf(path),
        title: `Thử ${path}`,
        'x-title-en': `Test ${path}`,
        'x-ndd': {
          version: '1.0.0',
          kind: 'element',
          status: 'candidate',
          layer: 'reference',
          steward: { agency: { vi: 'Bộ Thử', en: 'Ministry of Tests' } },
          legalBasis: [{ document: '1/2026/TT-THU', title: { vi: 'Thông tư thử', en: 'Test circular' } }],
          ...(deprecated ? { deprecated: { since: '2026-01-01', reason: { vi: 'Cũ.', en: 'Old.' } } } : {}),
        },
        ...body,
      }),
    })),
  ];
}

/** Loads a fixture dictionary; returns the loader's findings too, so a test can insist on none. */
export function loadFixture(files: readonly RawFile[]): { dictionary: Dictionary; diagnostics: readonly Diagnostic[] } {
  const { dictionary, diagnostics } = loadFiles('fixture', files);
  if (!dictionary) throw new Error(`fixture did not load: ${JSON.stringify(diagnostics)}`);
  return { dictionary, diagnostics };
}
