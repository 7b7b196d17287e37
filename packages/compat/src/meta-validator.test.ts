import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv } from './dialect.js';
import { PRECOMPILED_2020_12, precompiledSource } from './meta-validator.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../testdata');

describe('precompiled 2020-12 meta-validator', () => {
  it('meta/2020-12.cjs is what ajv gives today (else: npm run meta -w @ndd/compat)', async () => {
    expect(readFileSync(PRECOMPILED_2020_12, 'utf8')).toBe(await precompiledSource());
  });

  it('judges every fixture schema, and broken ones, as the meta-schema compiled at run time', () => {
    const precompiled = (createRequire(import.meta.url)(PRECOMPILED_2020_12) as { validate: (s: unknown) => boolean }).validate;
    const ajv = createAjv('2020-12') as unknown as { getSchema(id: string): (s: unknown) => boolean };
    const compiled = ajv.getSchema('https://json-schema.org/draft/2020-12/schema');
    const schemas: unknown[] = [
      { type: 'strin' },
      { minLength: -1 },
      { $id: 'not a uri with spaces' },
      { pattern: '[' },
      { properties: { a: { $ref: 42 } } },
      { $defs: { x: { enum: [] } } },
      { format: 7 },
    ];
    for (const name of readdirSync(fixtures)) {
      for (const side of ['before', 'after']) {
        try {
          schemas.push(JSON.parse(readFileSync(join(fixtures, name, `${side}.json`), 'utf8')));
        } catch {
          // not every folder holds both
        }
      }
    }
    let invalid = 0;
    for (const schema of schemas) {
      const expected = compiled(schema) === true;
      if (!expected) invalid++;
      expect(precompiled(schema), JSON.stringify(schema).slice(0, 200)).toBe(expected);
    }
    expect(invalid).toBeGreaterThanOrEqual(5);
  });
});
