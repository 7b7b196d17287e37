/**
 * ajv refuses `enum: []`; the reference validator compiles `not: {}` in its place. Only schema
 * positions may be rewritten: a `const` or `enum` value that happens to look like `{"enum": []}`
 * is data, and rewriting it changed what the old schema accepts, so the counterexample of a real
 * break could not be verified.
 */
import { describe, expect, it } from 'vitest';
import { compareSchemas } from './index.js';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

describe('enum: [] in the reference validator', () => {
  it('leaves data shaped like an empty enum alone, and still verifies a break with it', () => {
    const before = { $schema: DIALECT, const: { enum: [] } };
    const after = { $schema: DIALECT, const: { enum: [1] } };
    const report = compareSchemas(before, after, { mode: 'BACKWARD' });
    expect(report.compatible).toBe(false);
    const change = report.changes.find((c) => c.backward === 'breaking');
    expect(change?.counterexample?.instance).toEqual({ enum: [] });
  });

  it('still compiles a real empty enum (the empty set) in a schema position, also under a property named const', () => {
    const before = { $schema: DIALECT, type: 'object', properties: { const: { type: 'string' } } };
    const after = { $schema: DIALECT, type: 'object', properties: { const: { enum: [] } } };
    const report = compareSchemas(before, after, { mode: 'BACKWARD' });
    expect(report.compatible).toBe(false);
    const change = report.changes.find((c) => c.backward === 'breaking');
    expect(change?.counterexample?.instance).toMatchObject({ const: expect.any(String) });
  });
});
