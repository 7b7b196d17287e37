import { describe, expect, it } from 'vitest';
import { generateOpenApi } from './index.js';
import { Reporter } from './report.js';
import { fixtureFiles, idOf, loadFixture } from './testing/fixture.js';
import { validateOpenApi } from './testing/validate.js';
import { downConvert } from './v30/convert.js';
import type { Diagnostic } from '@ndd/diagnostics';

const schemasOf = (contents: string) => (JSON.parse(contents) as { components: { schemas: Record<string, Record<string, unknown>> } }).components.schemas;

describe('references that only 3.1 can keep', () => {
  const { dictionary, diagnostics: loadDiagnostics } = loadFixture(
    fixtureFiles([
      { path: 'core/pair/v1', body: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } },
      { path: 'core/first/v1', body: { $ref: `${idOf('core/pair/v1')}#/prefixItems/0` } },
    ]),
  );
  const out = generateOpenApi(dictionary, dictionary.domains.get('core')!) as Awaited<ReturnType<typeof generateOpenApi>>;
  const files = new Map(out.files.map((f) => [f.path, f.contents]));

  it('loads cleanly', () => expect(loadDiagnostics).toEqual([]));

  it('points into the component in both documents', () => {
    expect(schemasOf(files.get('openapi.json')!)['First']!['$ref']).toBe('#/components/schemas/Pair/prefixItems/0');
    // In 3.0 the component's own title and extensions are siblings, so the $ref moves into allOf.
    expect(schemasOf(files.get('openapi-3.0.json')!)['First']!['allOf']).toEqual([{ $ref: '#/components/schemas/Pair/prefixItems/0' }]);
  });

  it('reports the reference that the 3.0 rewrite of prefixItems broke, at its source, for 3.0 only', () => {
    const dangling = out.diagnostics.filter((d) => d.code === 'openapi-dangling-ref');
    expect(dangling).toHaveLength(1);
    expect(dangling[0]).toMatchObject({ severity: 'error', file: 'core/first/v1.schema.json', pointer: '/$ref' });
    expect(dangling[0]!.message).toContain('openapi-3.0.json');
    expect(out.diagnostics.map((d) => d.code).sort()).toEqual(['openapi-dangling-ref', 'openapi-ref-into-schema', 'openapi30-prefix-items']);
  });

  it('still leaves a valid 3.1 document', async () => {
    await validateOpenApi(files.get('openapi.json')!);
  });
});

describe('names, anchors and $ref siblings', () => {
  const { dictionary, diagnostics: loadDiagnostics } = loadFixture(
    fixtureFiles([
      {
        path: 'core/place/v1',
        body: {
          type: 'object',
          properties: {
            home: { $ref: '#addr' },
            nullableHome: { $ref: '#/$defs/address', type: ['object', 'null'] },
            shortName: { $ref: '#/$defs/a_b', allOf: [{ minLength: 1 }] },
          },
          $defs: {
            address: { $anchor: 'addr', type: 'object' },
            'a b': { type: 'string' },
            a_b: { type: 'string' },
          },
        },
      },
    ]),
  );
  const out = generateOpenApi(dictionary, dictionary.domains.get('core')!) as Awaited<ReturnType<typeof generateOpenApi>>;
  const files = new Map(out.files.map((f) => [f.path, f.contents]));

  it('loads cleanly', () => expect(loadDiagnostics).toEqual([]));

  it('resolves an $anchor reference to the lifted def and drops the anchor', () => {
    const s31 = schemasOf(files.get('openapi.json')!);
    expect((s31['Place']!['properties'] as Record<string, unknown>)['home']).toEqual({ $ref: '#/components/schemas/Place_Address' });
    expect(s31['Place_Address']).not.toHaveProperty('$anchor');
  });

  it('suffixes a colliding def name and reports the collision', () => {
    const names = Object.keys(schemasOf(files.get('openapi.json')!));
    expect(names).toEqual(['Place', 'Place_A_b', 'Place_A_b_2', 'Place_Address']);
    const collision = out.diagnostics.find((d) => d.code === 'openapi-component-name-collision');
    expect(collision).toMatchObject({ severity: 'error', file: 'core/place/v1.schema.json', pointer: '/$defs/a_b' });
    // The suffixed one is the second in document order, and references follow it.
    expect((schemasOf(files.get('openapi.json')!)['Place']!['properties'] as Record<string, Record<string, unknown>>)['shortName']!['$ref']).toBe('#/components/schemas/Place_A_b_2');
  });

  it('moves a $ref with siblings to the front of allOf in 3.0, keeping nullability next to its type', () => {
    const props = schemasOf(files.get('openapi-3.0.json')!)['Place']!['properties'] as Record<string, unknown>;
    expect(props['nullableHome']).toEqual({ allOf: [{ $ref: '#/components/schemas/Place_Address' }], type: 'object', nullable: true });
    expect(props['shortName']).toEqual({ allOf: [{ $ref: '#/components/schemas/Place_A_b_2' }, { minLength: 1 }] });
  });

  it('writes valid documents', async () => {
    for (const file of files.values()) await validateOpenApi(file);
  });
});

describe('the 3.0 safety net', () => {
  it('reports and removes a keyword no rewrite knows, never passing it through', () => {
    const { dictionary } = loadFixture(fixtureFiles([{ path: 'core/x/v1', body: { type: 'string' } }]));
    const record = dictionary.schemas.get(idOf('core/x/v1'))!;
    const sink: Diagnostic[] = [];
    const converted = downConvert({ type: 'string', $anchor: 'stray', 'x-kept': 1 }, '', { record, reporter: new Reporter(sink, true) });
    expect(converted).toEqual({ type: 'string', 'x-kept': 1 });
    expect(sink.map((d) => [d.code, d.severity, d.pointer])).toEqual([['openapi30-unsupported-keyword', 'error', '/$anchor']]);
  });
});

describe('a reference the loader could not resolve', () => {
  const { dictionary, diagnostics: loadDiagnostics } = loadFixture(
    fixtureFiles([{ path: 'core/lost/v1', body: { type: 'object', properties: { gone: { $ref: idOf('core/nowhere/v1'), description: 'Mất.' } } } }]),
  );
  const out = generateOpenApi(dictionary, dictionary.domains.get('core')!) as Awaited<ReturnType<typeof generateOpenApi>>;

  it('is an error of the loader and of this generator, and the $ref is not written', async () => {
    expect(loadDiagnostics.map((d) => d.code)).toEqual(['dangling-ref']);
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([['openapi-unresolved-ref', 'error', '/properties/gone/$ref']]);
    for (const f of out.files) {
      expect(schemasOf(f.contents)['Lost']!['properties']).toEqual({ gone: { description: 'Mất.' } });
      await validateOpenApi(f.contents);
    }
  });
});
