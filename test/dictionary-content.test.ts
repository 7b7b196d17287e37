/**
 * The dictionary's content checks itself: every file is valid under the ndd dialect, every
 * example validates, every counter-example fails where it says it fails, code lists are complete
 * and consistent, and every property carries the labels the conventions ask for
 * (dictionary/README.md). The loader in packages/registry enforces the same conventions with
 * source positions; this test keeps the content honest independently of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { formats } from '@ndd/formats';
import { describe, expect, it } from 'vitest';

// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

const root = fileURLToPath(new URL('..', import.meta.url));
const dictionaryDir = join(root, 'dictionary');
const metaDir = join(root, 'packages', 'registry', 'meta');
const baseUri = 'https://schemas.ndd.gov.vn/';
const dialectId = 'https://schemas.ndd.gov.vn/meta/v1/dialect';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(path);
    return entry.name.endsWith('.schema.json') ? [path] : [];
  });
}

interface DictionaryFile {
  path: string; // relative to dictionary/, with forward slashes
  id: string;
  schema: JsonObject;
}

const files: DictionaryFile[] = schemaFiles(dictionaryDir)
  .sort()
  .map((file) => {
    const path = relative(dictionaryDir, file).split(sep).join('/');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
    return { path, id: String(schema['$id']), schema };
  });

// Keywords whose values are subschemas (JSON Schema 2020-12), by shape.
const schemaValued = ['additionalProperties', 'unevaluatedProperties', 'items', 'unevaluatedItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const schemaArrays = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const schemaMaps = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every subschema of `schema` with its JSON pointer, the root first. */
function* subschemas(schema: Json, pointer = ''): Generator<{ node: JsonObject; pointer: string }> {
  if (!isObject(schema)) return;
  yield { node: schema, pointer };
  for (const key of schemaValued) if (key in schema) yield* subschemas(schema[key] as Json, `${pointer}/${key}`);
  for (const key of schemaArrays) {
    const list = schema[key];
    if (Array.isArray(list)) for (const [i, s] of list.entries()) yield* subschemas(s, `${pointer}/${key}/${i}`);
  }
  for (const key of schemaMaps) {
    const map = schema[key];
    if (isObject(map)) for (const [name, s] of Object.entries(map)) yield* subschemas(s, `${pointer}/${key}/${escape(name)}`);
  }
}

/** Every string in a JSON value, keys included. */
function* strings(value: Json): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) {
    yield k;
    yield* strings(v);
  }
}

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  ajv.addVocabulary(['x-title-en', 'x-description-en', 'x-ndd', 'x-aliases', 'x-legal-basis', 'x-codes', 'x-counterexamples']);
  for (const meta of ['metadata.schema.json', 'dialect.schema.json']) {
    ajv.addMetaSchema(JSON.parse(readFileSync(join(metaDir, meta), 'utf8')) as JsonObject);
  }
  // Added without meta-validation so that one broken file fails its own test, not the whole suite.
  for (const file of files) ajv.addSchema(file.schema, undefined, undefined, false);
  return ajv;
}

const ajv = makeAjv();
const validatorAt = (file: DictionaryFile, pointer: string) => {
  const ref = pointer === '' ? file.id : `${file.id}#${pointer}`;
  return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
};
const show = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');

const codeListByPath = (path: string) => {
  const file = files.find((f) => f.path === `core/codelists/${path}/v1.schema.json`);
  if (file === undefined) throw new Error(`missing code list ${path}`);
  return file.schema;
};

describe('dictionary content', () => {
  it('holds the core vocabulary', () => {
    const paths = new Set(files.map((f) => f.path.replace(/\/v1\.schema\.json$/, '')));
    for (const name of [
      'person', 'person-name', 'personal-identification-number', 'identity-card', 'passport', 'organisation', 'tax-code',
      'contact', 'mobile-phone-number', 'landline-phone-number', 'address', 'legacy-address', 'partial-date',
      'administrative-dossier', 'social-insurance-number', 'health-insurance-card-code',
      'codelists/province', 'codelists/commune', 'codelists/ethnic-group', 'codelists/sex', 'codelists/country', 'codelists/dossier-status',
    ]) {
      expect(paths.has(`core/${name}`), name).toBe(true);
    }
  });

  describe.each(files.map((f) => [f.path, f] as const))('%s', (_path, file) => {
    it('declares the dialect, an $id that matches its path, and root metadata', () => {
      expect(file.schema['$schema']).toBe(dialectId);
      expect(file.id).toBe(baseUri + file.path.replace(/\.schema\.json$/, ''));
      expect(ajv.validateSchema(file.schema), show(ajv.errors)).toBe(true);
      const meta = file.schema['x-ndd'];
      expect(isObject(meta)).toBe(true);
      for (const key of ['title', 'x-title-en', 'description', 'x-description-en']) {
        expect(typeof file.schema[key], key).toBe('string');
      }
    });

    it('has valid examples and counter-examples at its root', () => {
      const examples = file.schema['examples'];
      const counterexamples = file.schema['x-counterexamples'];
      expect(Array.isArray(examples) && examples.length > 0, 'examples').toBe(true);
      expect(Array.isArray(counterexamples) && counterexamples.length > 0, 'x-counterexamples').toBe(true);
    });

    it('holds only NFC text', () => {
      for (const s of strings(file.schema)) expect(s.normalize('NFC'), s).toBe(s);
    });

    it('labels, describes and exemplifies every property', () => {
      for (const { node, pointer } of subschemas(file.schema)) {
        const props = node['properties'];
        if (!isObject(props)) continue;
        for (const [name, prop] of Object.entries(props)) {
          const where = `${pointer}/properties/${name}`;
          expect(name, where).toMatch(/^[a-z][a-zA-Z0-9]*$/);
          expect(isObject(prop), where).toBe(true);
          if (!isObject(prop)) continue;
          for (const key of ['title', 'x-title-en', 'description', 'x-description-en']) {
            expect(typeof prop[key] === 'string' && prop[key] !== '', `${where} ${key}`).toBe(true);
          }
          expect(Array.isArray(prop['examples']) && prop['examples'].length > 0, `${where} examples`).toBe(true);
        }
      }
    });

    it('references other files only by absolute $id', () => {
      const ids = new Set(files.map((f) => f.id));
      for (const { node, pointer } of subschemas(file.schema)) {
        const ref = node['$ref'];
        if (typeof ref !== 'string') continue;
        if (ref.startsWith('#')) continue;
        expect(ids.has(ref.split('#')[0] ?? ''), `${pointer}/$ref ${ref}`).toBe(true);
      }
    });

    it('validates every example', () => {
      let count = 0;
      for (const { node, pointer } of subschemas(file.schema)) {
        const examples = node['examples'];
        if (!Array.isArray(examples)) continue;
        const validate = validatorAt(file, pointer);
        for (const [i, example] of examples.entries()) {
          count++;
          expect(validate(example), `${pointer}/examples/${i}: ${show(validate.errors)}`).toBe(true);
        }
      }
      expect(count).toBeGreaterThan(0);
    });

    it('rejects every counter-example, at its pointer when given', () => {
      for (const { node, pointer } of subschemas(file.schema)) {
        const counterexamples = node['x-counterexamples'];
        if (!Array.isArray(counterexamples)) continue;
        const validate = validatorAt(file, pointer);
        for (const [i, ce] of counterexamples.entries()) {
          if (!isObject(ce)) throw new Error('counter-example must be an object');
          const where = `${pointer}/x-counterexamples/${i}`;
          expect(validate(ce['data']), `${where} should be invalid`).toBe(false);
          const at = ce['pointer'];
          if (typeof at === 'string') {
            const locations = (validate.errors ?? []).flatMap((e) => {
              const missing = e.keyword === 'required' ? [`${e.instancePath}/${escape(String(e.params['missingProperty']))}`] : [];
              return [e.instancePath, ...missing];
            });
            expect(locations, `${where}: ${show(validate.errors)}`).toContain(at);
          }
        }
      }
    });

    it('keeps enum and x-codes in step', () => {
      for (const { node, pointer } of subschemas(file.schema)) {
        const codes = node['x-codes'];
        if (codes === undefined) continue;
        expect(isObject(codes), pointer).toBe(true);
        const keys = Object.keys(codes as JsonObject).sort();
        const enumValues = (node['enum'] as Json[]).map(String).sort();
        expect(keys, pointer).toEqual(enumValues);
        for (const [code, entry] of Object.entries(codes as JsonObject)) {
          if (!isObject(entry)) continue;
          const history = entry['labelHistory'];
          if (!Array.isArray(history)) continue;
          // Label periods follow each other without gaps; the last one is the current label.
          const last = history[history.length - 1] as JsonObject;
          expect([last['vi'], last['en'], last['validTo']], code).toEqual([entry['vi'], entry['en'], undefined]);
          for (let i = 1; i < history.length; i++) {
            const prev = history[i - 1] as JsonObject;
            const next = history[i] as JsonObject;
            const dayAfter = new Date(Date.parse(`${String(prev['validTo'])}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
            expect(next['validFrom'], code).toBe(dayAfter);
          }
        }
      }
    });
  });

  it('has the code lists in full', () => {
    const count = (path: string) => (codeListByPath(path)['enum'] as Json[]).length;
    expect(count('province')).toBe(34);
    expect(count('commune')).toBe(3321);
    expect(count('ethnic-group')).toBe(54);
    expect(count('country')).toBe(249);
    // Every commune's parent is a province of the list.
    const provinces = new Set(codeListByPath('province')['enum'] as string[]);
    for (const entry of Object.values(codeListByPath('commune')['x-codes'] as JsonObject)) {
      expect(provinces.has(String((entry as JsonObject)['parent']))).toBe(true);
    }
  });

  it('has the pre-reform units in full, each ending on 30 June 2025 with successors that exist', () => {
    const codes = (path: string) => codeListByPath(path)['x-codes'] as JsonObject;
    const oldProvinces = codes('province-pre-2025');
    const oldDistricts = codes('district-pre-2025');
    const oldCommunes = codes('commune-pre-2025');
    expect(Object.keys(oldProvinces)).toHaveLength(63);
    expect(Object.keys(oldDistricts)).toHaveLength(696);
    // 10,035 units of the statistics office list of July 2025 and 12 flagged ones of its March list.
    expect(Object.keys(oldCommunes).length).toBeGreaterThanOrEqual(10035);
    const target = new Map([
      [`${baseUri}core/codelists/province/v1`, new Set(Object.keys(codes('province')))],
      [`${baseUri}core/codelists/commune/v1`, new Set(Object.keys(codes('commune')))],
    ]);
    const check = (list: JsonObject, parents: JsonObject | undefined, successorList: string) => {
      for (const [code, value] of Object.entries(list)) {
        const entry = value as JsonObject;
        expect(entry['validTo'], code).toBe('2025-06-30');
        if (parents !== undefined) expect(String(entry['parent']) in parents, `${code} parent`).toBe(true);
        const successors = entry['successors'] as string[];
        expect(successors.length, `${code} successors`).toBeGreaterThan(0);
        for (const successor of successors) {
          const [id, successorCode] = successor.split('#');
          expect(id, code).toBe(`${baseUri}${successorList}`);
          expect(target.get(id ?? '')?.has(successorCode ?? ''), `${code} → ${successor}`).toBe(true);
        }
      }
    };
    check(oldProvinces, undefined, 'core/codelists/province/v1');
    check(oldDistricts, oldProvinces, 'core/codelists/commune/v1');
    check(oldCommunes, oldDistricts, 'core/codelists/commune/v1');
  });
});
