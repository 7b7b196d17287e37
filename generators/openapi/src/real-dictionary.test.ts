import { exportNames } from '@ndd/generator-kit';
import { loadDictionary, type Dictionary } from '@ndd/registry';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApi, openApiGenerator } from './index.js';
import { danglingRefs } from './document/refs.js';
import { instanceValidators, redoclyProblems, validateOpenApi } from './testing/validate.js';

const root = new URL('../../../dictionary/', import.meta.url).pathname;

describe('the real dictionary', () => {
  let dictionary: Dictionary;
  let files: Map<string, string>;
  let diagnostics: readonly { code: string; severity: string }[];

  beforeAll(async () => {
    const loaded = await loadDictionary(root);
    dictionary = loaded.dictionary!;
    const out = await generateOpenApi(dictionary, dictionary.domains.get('core')!);
    files = new Map(out.files.map((f) => [f.path, f.contents]));
    diagnostics = out.diagnostics;
  });

  it('produces exactly openapi.json and openapi-3.0.json', () => {
    expect([...files.keys()].sort()).toEqual(['openapi-3.0.json', 'openapi.json']);
  });

  it('declares the versions, an empty paths object and the 3.1 dialect', () => {
    const d31 = JSON.parse(files.get('openapi.json')!);
    const d30 = JSON.parse(files.get('openapi-3.0.json')!);
    expect(d31.openapi).toBe('3.1.0');
    expect(d30.openapi).toBe('3.0.3');
    expect(d31.paths).toEqual({});
    expect(d30.paths).toEqual({});
    expect(d31.jsonSchemaDialect).toBe('https://spec.openapis.org/oas/3.1/dialect/base');
    expect(d30).not.toHaveProperty('jsonSchemaDialect');
    expect(d31.info.title).toBe('Từ vựng lõi / Core vocabulary');
    expect(d31.info.summary).toBe('Từ điển dữ liệu dùng chung quốc gia / National shared data dictionary');
    expect(d30.info).not.toHaveProperty('summary');
    expect(d30.info.description).toContain('National shared data dictionary');
    expect(d31.info.version).toBe('unreleased');
  });

  it('keeps the labels of a short code list and points a long one at its code table', () => {
    for (const file of ['openapi.json', 'openapi-3.0.json']) {
      const schemas = JSON.parse(files.get(file)!).components.schemas;
      expect(Object.keys(schemas.Sex['x-codes']).length).toBeGreaterThan(1);
      expect(schemas.Commune).not.toHaveProperty('x-codes');
      expect(schemas.Commune['x-ndd-code-table']).toEqual({ module: '@ndd/core/codelists/commune/v1', count: schemas.Commune.enum.length });
      expect(schemas.Commune.enum.length).toBeGreaterThan(3000);
    }
  });

  it('takes info.version and where the files sit in the package from the build', async () => {
    const out = await openApiGenerator({ version: '1.4.2', packageDir: 'dist/' })(dictionary, dictionary.domains.get('core')!);
    for (const f of out.files) {
      const info = JSON.parse(f.contents).info;
      expect(info.version).toBe('1.4.2');
      expect(info.description).toContain(`'./node_modules/@ndd/core/dist/${f.path}#/components/schemas/<Name>'`);
    }
  });

  it('has one component per schema of the domain, under the shared export name', () => {
    const names = exportNames(dictionary);
    const core = dictionary.domains.get('core')!;
    for (const file of files.values()) {
      const schemas = JSON.parse(file).components.schemas as Record<string, { 'x-ndd-id': string }>;
      for (const id of core.schemaIds) expect(schemas[names.get(id)!]?.['x-ndd-id']).toBe(id);
      expect(schemas['Province']?.['x-ndd-id']).toBe('https://schemas.ndd.gov.vn/core/codelists/province/v1');
    }
  });

  it('is valid OpenAPI 3.1 for swagger-parser, and every component is valid JSON Schema 2020-12', async () => {
    await validateOpenApi(files.get('openapi.json')!);
  });

  it('is valid OpenAPI 3.0.3 for swagger-parser (which checks every Schema Object field)', async () => {
    await validateOpenApi(files.get('openapi-3.0.json')!);
  });

  it('draws no finding at all from Redocly lint (recommended rules, errors and warnings)', async () => {
    for (const file of files.values()) expect(await redoclyProblems(file)).toEqual([]);
  });

  it('gives every other configured domain (most still empty) valid documents with no dangling $ref', async () => {
    for (const domain of dictionary.domains.values()) {
      if (domain.name === 'core') continue;
      const out = await generateOpenApi(dictionary, domain);
      for (const f of out.files) {
        await validateOpenApi(f.contents);
        expect(danglingRefs(JSON.parse(f.contents)), `${domain.name} ${f.path}`).toEqual([]);
      }
    }
  });

  it('has no dangling $ref in either document', () => {
    for (const file of files.values()) expect(danglingRefs(JSON.parse(file))).toEqual([]);
  });

  it('keeps labels, aliases, legal basis and codes, and leaves counterexamples and $schema/$id out', () => {
    for (const file of files.values()) {
      const schemas = JSON.parse(file).components.schemas;
      const province = schemas['Province'];
      expect(province['x-title-en']).toBe('Provincial-level administrative units');
      expect(province['x-codes']['01'].vi).toBe('Thành phố Hà Nội');
      expect(province['x-ndd'].legalBasis.length).toBeGreaterThan(0);
      const pin = schemas['PersonalIdentificationNumber'];
      expect(pin['x-aliases']).toEqual({ qcvn109: 'SoDinhDanh', qd130: 'SO_CCCD' });
      expect(pin).not.toHaveProperty('x-counterexamples');
      expect(pin).not.toHaveProperty('$schema');
      expect(pin).not.toHaveProperty('$id');
    }
  });

  it('reports nothing for the real core vocabulary (it uses nothing 3.0 lacks)', () => {
    // If a steward adds a construct 3.0 cannot express, this test names it: then decide whether
    // the schema or this expectation changes.
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('accepts every example of the dictionary in both documents', () => {
    const names = exportNames(dictionary);
    const core = dictionary.domains.get('core')!;
    for (const file of files.values()) {
      const validator = instanceValidators(file);
      for (const id of core.schemaIds) {
        const record = dictionary.schemas.get(id)!;
        const validate = validator(names.get(id)!);
        const examples = (record.schema['examples'] ?? []) as unknown[];
        for (const example of examples) expect(validate(example), `${id} example ${JSON.stringify(example)}`).toBe(true);
      }
    }
  });
});
