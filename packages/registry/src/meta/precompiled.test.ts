import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { metaValidators, PRECOMPILED_FILE, precompiledSource } from './ajv.js';

describe('precompiled meta-validators', () => {
  it('meta/validators.cjs is what the meta-schemas and ajv give today (else: npm run meta -w @ndd/registry)', async () => {
    expect(readFileSync(PRECOMPILED_FILE, 'utf8')).toBe(await precompiledSource());
  });

  it('are the ones the loader uses, and judge as compiled ones do', () => {
    const file = createRequire(import.meta.url)(PRECOMPILED_FILE) as { schema: unknown };
    const { schema } = metaValidators();
    expect(schema).toBe(file.schema);
    expect(schema({ $schema: 'https://schemas.ndd.gov.vn/meta/v1/dialect', type: 'strin' })).toBe(false);
    expect(schema.errors?.some((e) => e.instancePath === '/type')).toBe(true);
  });
});
