import { describe, expect, it } from 'vitest';
import { exportNames } from '@ndd/generator-kit';
import { loadFiles, type RawFile } from '@ndd/registry';
import { generateTypes } from './index.js';

const BASE = 'https://schemas.ndd.gov.vn/';
const META = {
  version: '1.0.0',
  kind: 'entity',
  status: 'standard',
  layer: 'master',
  steward: { agency: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
  legalBasis: [{ document: '26/2023/QH15', title: { vi: 'Luật Căn cước', en: 'Law on Identification' } }],
};

function file(path: string, schema: Record<string, unknown>): RawFile {
  const id = `${BASE}${path.replace(/\.schema\.json$/, '')}`;
  const doc = { $schema: 'https://schemas.ndd.gov.vn/meta/v1/dialect', $id: id, ...schema, 'x-ndd': { ...META, ...(schema['x-ndd'] as object) } };
  return { path, bytes: Buffer.from(JSON.stringify(doc, null, 2)) };
}

function dictionaryOf(...files: RawFile[]) {
  const config = {
    baseUri: BASE,
    title: { vi: 'Thử', en: 'Test' },
    domains: {
      core: { title: { vi: 'Lõi', en: 'Core' }, description: { vi: 'Lõi', en: 'Core' }, package: '@ndd/core' },
      land: { title: { vi: 'Đất đai', en: 'Land' }, description: { vi: 'Đất đai', en: 'Land' }, package: '@ndd/land' },
    },
  };
  const result = loadFiles('test', [{ path: 'ndd.dictionary.json', bytes: Buffer.from(JSON.stringify(config)) }, ...files]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.dictionary!;
}

async function typesOf(dictionary: ReturnType<typeof dictionaryOf>, domain = 'core') {
  const out = await generateTypes(dictionary, dictionary.domains.get(domain)!);
  return new Map(out.files.map((f) => [f.path, f.contents]));
}

const address = file('core/address/v1.schema.json', {
  title: 'Địa chỉ',
  'x-title-en': 'Address',
  type: 'object',
  required: ['line'],
  properties: { line: { type: 'string', title: 'Dòng', 'x-title-en': 'Line' } },
  additionalProperties: false,
});

describe('one declaration per $id', () => {
  it('imports a referenced schema instead of inlining or numbering a copy', async () => {
    const person = file('core/person/v1.schema.json', {
      title: 'Công dân',
      'x-title-en': 'Person',
      type: 'object',
      properties: {
        home: { $ref: `${BASE}core/address/v1` },
        work: { $ref: `${BASE}core/address/v1` },
      },
    });
    const types = await typesOf(dictionaryOf(address, person));
    const dts = types.get('types/person/v1.d.ts')!;
    expect(dts).toContain("import type { Address } from '../address/v1.js';");
    expect(dts).toMatch(/home\?: Address\b/);
    expect(dts).toMatch(/work\?: Address\b/);
    expect(dts).not.toMatch(/Address1|interface Address/);
    expect(types.get('types/address/v1.d.ts')).toMatch(/export interface Address \{/);
  });

  it('imports across packages through the package subpath', async () => {
    const parcel = file('land/parcel/v1.schema.json', {
      title: 'Thửa đất',
      'x-title-en': 'Parcel',
      type: 'object',
      properties: { location: { $ref: `${BASE}core/address/v1` } },
    });
    const types = await typesOf(dictionaryOf(address, parcel), 'land');
    expect(types.get('types/parcel/v1.d.ts')).toContain("import type { Address } from '@ndd/core/address/v1';");
  });

  it('aliases an imported type whose name a local type already has', async () => {
    const corePerson = file('core/person/v1.schema.json', { type: 'object', properties: { name: { type: 'string' } } });
    const landPerson = file('land/person/v1.schema.json', {
      type: 'object',
      $defs: { owner: { $ref: `${BASE}core/person/v1` } },
      properties: { core: { $ref: `${BASE}core/person/v1` }, self: { $ref: '#' } },
    });
    const dts = (await typesOf(dictionaryOf(corePerson, landPerson), 'land')).get('types/person/v1.d.ts')!;
    expect(dts).toContain("import type { Person as CorePerson } from '@ndd/core/person/v1';");
    expect(dts).toMatch(/core\?: CorePerson\b/);
    expect(dts).toMatch(/self\?: Person\b/);
    expect(dts).toMatch(/export type PersonOwner = CorePerson/);
    expect(dts).not.toContain('__ndd_import');
  });

  it('declares each $defs entry once, named after its owner, and refers to it', async () => {
    const person = file('core/person/v1.schema.json', {
      type: 'object',
      $defs: { 'name-part': { type: 'string', maxLength: 50 } },
      properties: { given: { $ref: '#/$defs/name-part' }, family: { $ref: '#/$defs/name-part' }, mother: { $ref: '#' } },
    });
    const dts = (await typesOf(dictionaryOf(person))).get('types/person/v1.d.ts')!;
    expect(dts.match(/export type PersonNamePart = string/g)).toHaveLength(1);
    expect(dts).toMatch(/given\?: PersonNamePart/);
    expect(dts).toMatch(/mother\?: Person\b/);
  });
});

describe('what json-schema-to-typescript gets wrong, handled', () => {
  it('turns prefixItems into a tuple, not never[]', async () => {
    const s = file('core/pair/v1.schema.json', { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false, minItems: 2 });
    const dts = (await typesOf(dictionaryOf(s))).get('types/pair/v1.d.ts')!;
    expect(dts).toMatch(/export type Pair = \[string, number\]/);
    expect(dts).not.toContain('never[]');
  });

  it('closes the type for unevaluatedProperties: false (no index signature)', async () => {
    const closed = file('core/closed/v1.schema.json', { type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false });
    const open = file('core/open/v1.schema.json', { type: 'object', properties: { a: { type: 'string' } } });
    const types = await typesOf(dictionaryOf(closed, open));
    expect(types.get('types/closed/v1.d.ts')).not.toContain('[k: string]');
    expect(types.get('types/open/v1.d.ts')).toContain('[k: string]: unknown');
  });

  it('documents dependentRequired in the TSDoc', async () => {
    const s = file('core/doc/v1.schema.json', { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, dependentRequired: { a: ['b'] } });
    expect((await typesOf(dictionaryOf(s))).get('types/doc/v1.d.ts')).toContain('When `a` is present, `b` must be present too');
  });

  it('makes readOnly properties readonly', async () => {
    const s = file('core/record/v1.schema.json', { type: 'object', properties: { id: { type: 'string', readOnly: true }, note: { type: 'string' } } });
    const dts = (await typesOf(dictionaryOf(s))).get('types/record/v1.d.ts')!;
    expect(dts).toMatch(/readonly id\?: string/);
    expect(dts).not.toMatch(/readonly note/);
  });

  it('never names a type after its Vietnamese title', async () => {
    const s = file('core/thing/v1.schema.json', { title: 'Vật thể', type: 'object', properties: { x: { title: 'Giá trị', type: 'object', properties: { y: { type: 'string' } } } } });
    const dts = (await typesOf(dictionaryOf(s))).get('types/thing/v1.d.ts')!;
    expect(dts).toMatch(/export interface Thing \{/);
    expect(dts).not.toMatch(/interface (Vật|GiáTrị|GiTr)/);
  });
});

describe('TSDoc', () => {
  it('carries both labels, legal basis, deprecation with successor and examples', async () => {
    const v2 = file('core/person/v2.schema.json', { title: 'Công dân', 'x-title-en': 'Person', type: 'object', 'x-ndd': { version: '2.0.0' } });
    const v1 = file('core/person/v1.schema.json', {
      title: 'Công dân',
      'x-title-en': 'Person',
      description: 'Người có quốc tịch Việt Nam.',
      'x-description-en': 'A person of Vietnamese nationality.',
      type: 'object',
      examples: [{ a: 1 }],
      'x-ndd': { status: 'superseded', deprecated: { since: '2026-01-01', successor: `${BASE}core/person/v2`, reason: { vi: 'Thay bằng v2', en: 'Replaced by v2' } } },
    });
    const dts = (await typesOf(dictionaryOf(v1, v2))).get('types/person/v1.d.ts')!;
    for (const text of ['Công dân — Person', 'Người có quốc tịch Việt Nam.', 'A person of Vietnamese nationality.', '26/2023/QH15 Luật Căn cước (Law on Identification)', `@deprecated Since 2026-01-01: Replaced by v2 (Thay bằng v2) Use ${BASE}core/person/v2 instead.`, '@example', '{"a":1}']) {
      expect(dts).toContain(text);
    }
  });

  it('cannot be broken out of by a description holding a comment terminator', async () => {
    const s = file('core/evil/v1.schema.json', { type: 'string', description: 'end */ export const pwned = 1; /*' });
    const dts = (await typesOf(dictionaryOf(s))).get('types/evil/v1.d.ts')!;
    expect(dts).not.toContain('*/ export const pwned');
  });
});

describe('code lists', () => {
  it('become a union of literals and a const table with labels and validity', async () => {
    const s = file('core/codelists/sex/v1.schema.json', {
      type: 'string',
      enum: ['1', '2'],
      'x-codes': { '1': { vi: 'Nam', en: 'Male', validFrom: '2025-07-01' }, '2': { vi: 'Nữ', en: 'Female' } },
      'x-ndd': { kind: 'codelist', layer: 'reference' },
    });
    const d = dictionaryOf(s);
    expect(exportNames(d).get(`${BASE}core/codelists/sex/v1`)).toBe('Sex');
    const types = await typesOf(d);
    expect(types.get('types/codelists/sex/v1.d.ts')).toMatch(/export type Sex = \("1" \| "2"\)/);
    expect(types.get('types/codelists/sex/v1.d.ts')).toContain('export declare const sexCodes: { readonly [code in Sex]: CodeInfo };');
    const js = types.get('types/codelists/sex/v1.js')!;
    const table = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
    expect(table.sexCodes).toEqual({ '1': { vi: 'Nam', en: 'Male', validFrom: '2025-07-01' }, '2': { vi: 'Nữ', en: 'Female' } });
    expect(Object.isFrozen(table.sexCodes['1'])).toBe(true);
  });
});
