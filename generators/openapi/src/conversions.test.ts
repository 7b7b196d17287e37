import type { Diagnostic } from '@ndd/diagnostics';
import type { GeneratedFile } from '@ndd/generator-kit';
import type { Dictionary } from '@ndd/registry';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApi, openApiInputIds } from './index.js';
import { danglingRefs } from './document/refs.js';
import { CASES, EXPECTED_CORE_DIAGNOSTICS } from './testing/cases.js';
import { fixtureFiles, idOf, loadFixture } from './testing/fixture.js';
import { instanceValidators, validateOpenApi } from './testing/validate.js';

type Doc = { components: { schemas: Record<string, Record<string, unknown>> } } & Record<string, unknown>;

const BOILERPLATE = ['x-ndd-id', 'title', 'x-title-en', 'x-ndd'];
function withoutBoilerplate(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !BOILERPLATE.includes(k)));
}

async function run(dictionary: Dictionary, domain: string): Promise<{ files: Map<string, string>; diagnostics: readonly Diagnostic[] }> {
  const out = await generateOpenApi(dictionary, dictionary.domains.get(domain)!);
  return { files: new Map(out.files.map((f: GeneratedFile) => [f.path, f.contents])), diagnostics: out.diagnostics };
}

describe('conversion fixture', () => {
  let dictionary: Dictionary;
  let core: { files: Map<string, string>; diagnostics: readonly Diagnostic[] };
  let land: { files: Map<string, string>; diagnostics: readonly Diagnostic[] };
  const doc = (out: typeof core, file: string) => JSON.parse(out.files.get(file)!) as Doc;

  beforeAll(async () => {
    const loaded = loadFixture(fixtureFiles(CASES));
    expect(loaded.diagnostics).toEqual([]);
    dictionary = loaded.dictionary;
    core = await run(dictionary, 'core');
    land = await run(dictionary, 'land');
  });

  describe.each(CASES.filter((c) => c.path.startsWith('core/')).map((c) => [c.component, c] as const))('%s', (_, c) => {
    it('converts to the expected OpenAPI 3.0 component', () => {
      expect(withoutBoilerplate(doc(core, 'openapi-3.0.json').components.schemas[c.component]!)).toEqual(c.expected30);
    });
  });

  it('converts a land schema that uses core', () => {
    const parcel = CASES.find((c) => c.component === 'Parcel')!;
    expect(withoutBoilerplate(doc(land, 'openapi-3.0.json').components.schemas['Parcel']!)).toEqual(parcel.expected30);
  });

  it('keeps the 2020-12 schema in 3.1, with references rewritten and $defs lifted', () => {
    const schemas = doc(core, 'openapi.json').components.schemas;
    expect(withoutBoilerplate(schemas['Holder']!)).toEqual({
      type: 'object',
      properties: {
        plain: { $ref: '#/components/schemas/Name' },
        described: { $ref: '#/components/schemas/Name', description: 'Tên người giữ.', 'x-aliases': { qcvn109: 'HoTen' } },
      },
      $comment: 'Ghi chú cho người viết.',
    });
    expect(withoutBoilerplate(schemas['NullableString']!)).toEqual({ type: ['string', 'null'], maxLength: 5 });
    expect(schemas['WithDefs_Address']).toEqual({
      'x-ndd-id': `${idOf('core/with-defs/v1')}#/$defs/address`,
      type: 'object',
      properties: { line: { $ref: '#/components/schemas/WithDefs_Address_Line' } },
    });
    expect(schemas['WithDefs_Address_Line']).toEqual({ 'x-ndd-id': `${idOf('core/with-defs/v1')}#/$defs/address/$defs/line`, type: 'string', maxLength: 10 });
    expect(schemas['WithDefs_Home-phone']).toEqual({ 'x-ndd-id': `${idOf('core/with-defs/v1')}#/$defs/home-phone`, type: 'string', pattern: '^0[0-9]{9}$' });
    expect(schemas['Tuple']!['properties']).toMatchObject({ closed: { prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } });
    expect(withoutBoilerplate(schemas['Dynamic']!)).toEqual({ type: 'object', properties: { child: {} } });
    expect(schemas['Old']!['deprecated']).toBe(true);
  });

  it('gives each component its $id and never a $schema, $id, $anchor or $defs', () => {
    for (const out of [core, land]) {
      for (const file of out.files.values()) {
        const text = file;
        expect(text).not.toMatch(/"\$(schema|id|anchor|defs)"/);
        for (const [name, schema] of Object.entries((JSON.parse(text) as Doc).components.schemas)) {
          expect(schema['x-ndd-id'], name).toMatch(/^https:\/\/schemas\.ndd\.gov\.vn\//);
        }
      }
    }
  });

  it('reports exactly the expected diagnostics for core, each with its file, pointer and position', () => {
    const got = core.diagnostics.map((d) => [d.code, d.file, d.pointer] as const);
    const sort = (list: readonly (readonly [string, string | undefined, string | undefined])[]) => [...list].map((x) => JSON.stringify(x)).sort();
    expect(sort(got)).toEqual(sort(EXPECTED_CORE_DIAGNOSTICS));
    for (const d of core.diagnostics) {
      const record = [...dictionary.schemas.values()].find((r) => r.file === d.file)!;
      expect(d.start, `${d.code} ${d.pointer}`).toEqual(record.positionOf(d.pointer!)!.start);
    }
    const severities = Object.fromEntries(core.diagnostics.map((d) => [d.code, d.severity]));
    expect(severities).toMatchObject({
      'openapi-dynamic-ref': 'error',
      'openapi30-prefix-items': 'warning',
      'openapi30-unevaluated-properties': 'warning',
      'openapi30-content-schema': 'info',
    });
  });

  it('bundles what land uses from core, under core.* names, and reports nothing about core in land', () => {
    const schemas = doc(land, 'openapi.json').components.schemas;
    expect(Object.keys(schemas)).toEqual(['Parcel', 'core.Holder', 'core.Name']);
    expect(schemas['core.Holder']!['x-ndd-package']).toBe('@ndd/core');
    expect(schemas['core.Holder']!['x-ndd-id']).toBe(idOf('core/holder/v1'));
    expect((schemas['core.Holder']!['properties'] as Record<string, unknown>)['plain']).toEqual({ $ref: '#/components/schemas/core.Name' });
    expect(land.diagnostics).toEqual([]);
    expect(Object.keys(doc(core, 'openapi.json').components.schemas)).not.toContain('Parcel');
  });

  it.each(['openapi.json', 'openapi-3.0.json'])('core %s is valid for swagger-parser and has no dangling $ref', async (file) => {
    await validateOpenApi(core.files.get(file)!);
    expect(danglingRefs(doc(core, file))).toEqual([]);
  });

  it.each(['openapi.json', 'openapi-3.0.json'])('land %s is valid for swagger-parser and has no dangling $ref', async (file) => {
    await validateOpenApi(land.files.get(file)!);
    expect(danglingRefs(doc(land, file))).toEqual([]);
  });

  describe('meaning', () => {
    // The source schemas validated as 2020-12 by ajv, against which both documents are compared.
    let source: (id: string) => (data: unknown) => boolean;
    beforeAll(() => {
      const ajv = new Ajv2020.default({ strict: false, validateFormats: false, validateSchema: false });
      for (const record of dictionary.schemas.values()) ajv.addSchema(record.schema as object);
      source = (id) => ajv.getSchema(id) as (data: unknown) => boolean;
    });

    it('the fixture says what the source says', () => {
      for (const c of CASES) for (const i of c.instances) expect(source(idOf(c.path))(i.data), `${c.component} ${JSON.stringify(i.data)}`).toBe(i.valid);
    });

    it('3.1 accepts exactly what the source accepts', () => {
      for (const [out, domain] of [[core, 'core/'], [land, 'land/']] as const) {
        const v = instanceValidators(out.files.get('openapi.json')!);
        for (const c of CASES.filter((x) => x.path.startsWith(domain))) {
          for (const i of c.instances) expect(v(c.component)(i.data), `${c.component} ${JSON.stringify(i.data)}`).toBe(i.valid);
        }
      }
    });

    it('3.0 accepts what the source accepts, and more only where marked loose', () => {
      for (const [out, domain] of [[core, 'core/'], [land, 'land/']] as const) {
        const v = instanceValidators(out.files.get('openapi-3.0.json')!);
        for (const c of CASES.filter((x) => x.path.startsWith(domain))) {
          for (const i of c.instances) expect(v(c.component)(i.data), `${c.component} ${JSON.stringify(i.data)}`).toBe(i.valid || i.loose === true);
        }
      }
    });

    it('every instance on which 3.0 and the source disagree is covered by a warning or error on that file', () => {
      const v = instanceValidators(core.files.get('openapi-3.0.json')!);
      let disagreements = 0;
      for (const c of CASES.filter((x) => x.path.startsWith('core/'))) {
        for (const i of c.instances) {
          if (v(c.component)(i.data) === source(idOf(c.path))(i.data)) continue;
          disagreements++;
          const file = `${c.path}.schema.json`;
          expect(core.diagnostics.some((d) => d.file === file && d.severity !== 'info'), `${c.component} ${JSON.stringify(i.data)}`).toBe(true);
        }
      }
      expect(disagreements).toBeGreaterThan(0);
    });
  });
});

describe('cache inputs', () => {
  it('are the domain and every domain it bundles from', () => {
    const { dictionary } = loadFixture(fixtureFiles(CASES));
    const ids = (domain: string) => openApiInputIds(dictionary, dictionary.domains.get(domain)!);
    const core = CASES.filter((c) => c.path.startsWith('core/')).map((c) => idOf(c.path)).sort();
    expect(ids('core')).toEqual(core);
    expect(ids('land')).toEqual([...core, idOf('land/parcel/v1')].sort());
  });
});
