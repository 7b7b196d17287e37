/**
 * Type-level tests of the generated types, by the real compiler: every example of the
 * dictionary must type-check against its generated type, and every counter-example whose
 * defect a type can express (a missing required property, a wrong code, a wrong primitive type)
 * must fail to (`// @ts-expect-error`, which tsc reports when unused).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { domainManifest } from '@ndd/build';
import { exportNames, modulePathOf } from '@ndd/generator-kit';
import { generateTypes } from '@ndd/generator-types';
import { createDictionaryAjv, loadDictionary } from '@ndd/registry';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ndd-typecheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Whether a type can express this validation error (ajv, allErrors). */
function typeExpressible(error: ErrorObject, data: unknown): boolean {
  if (/\/(if|then|else|not|dependentSchemas|contains|propertyNames|patternProperties)(\/|$)/.test(error.schemaPath)) return false;
  if (error.keyword === 'required' || error.keyword === 'enum' || error.keyword === 'const') return true;
  if (error.keyword === 'type') {
    const expected = String((error.params as { type: string }).type);
    const value = valueAt(data, error.instancePath);
    return !(expected.split(',').includes('integer') && typeof value === 'number');
  }
  return false;
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined), data);
}

describe('generated types against the dictionary examples', async () => {
  const { dictionary, diagnostics } = await loadDictionary(join(root, 'dictionary'));
  const names = exportNames(dictionary!);
  const ajv = createDictionaryAjv(dictionary!, { allErrors: true });
  const lines: string[] = [];
  let examples = 0;
  let expectedFailures = 0;

  it('loads the dictionary cleanly', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  for (const domain of dictionary!.domains.values()) {
    const out = await generateTypes(dictionary!, domain);
    const pkgDir = join(work, 'node_modules', ...domain.package.split('/'));
    for (const f of out.files) {
      mkdirSync(dirname(join(pkgDir, 'dist', f.path)), { recursive: true });
      writeFileSync(join(pkgDir, 'dist', f.path), f.contents);
    }
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify(domainManifest(dictionary!, domain, undefined, {})));
    for (const id of domain.schemaIds) {
      const record = dictionary!.schemas.get(id)!;
      if (record.metadata.kind === 'codelist' && record.codes.length > 500) continue; // 3,321 literals: checked by the smaller lists
      const name = names.get(id)!;
      const alias = `T${lines.length}`;
      lines.push(`import type { ${name} as ${alias} } from '${domain.package}/${modulePathOf(record)}';`);
      const validate = ajv.getSchema(id)!;
      for (const example of (record.schema['examples'] as unknown[] | undefined) ?? []) {
        lines.push(`export const example${examples++}: ${alias} = ${JSON.stringify(example)};`);
      }
      for (const counter of (record.schema['x-counterexamples'] as { data: unknown; reason: { en: string } }[] | undefined) ?? []) {
        validate(counter.data);
        const errors = validate.errors ?? [];
        if (errors.some((e) => typeExpressible(e, counter.data))) {
          lines.push(`// @ts-expect-error ${counter.reason.en.replace(/\n/g, ' ')}`);
          lines.push(`export const counter${expectedFailures++}: ${alias} = ${JSON.stringify(counter.data)};`);
        }
      }
    }
  }

  it('has examples and type-expressible counter-examples to check', () => {
    expect(examples).toBeGreaterThan(20);
    expect(expectedFailures).toBeGreaterThan(5);
  });

  it('type-checks every example and rejects every type-expressible counter-example (tsc, strict, nodenext)', () => {
    writeFileSync(join(work, 'check.ts'), `${lines.join('\n')}\n`);
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'typecheck', private: true, type: 'module' }));
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: [], skipLibCheck: false, exactOptionalPropertyTypes: true }, files: ['check.ts'] }),
    );
    let output = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', work], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
