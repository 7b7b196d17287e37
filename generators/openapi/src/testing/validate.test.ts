import { describe, expect, it } from 'vitest';
import { instanceValidators, validateOpenApi } from './validate.js';

// The validators must be able to fail, or every "is valid" test above them proves nothing.
const doc = (openapi: string, schemas: Record<string, unknown>) =>
  JSON.stringify({ openapi, info: { title: 't', version: '1' }, paths: {}, components: { schemas } });

describe('the test validators reject what is invalid', () => {
  it('rejects 2020-12 keywords in a 3.0 document', async () => {
    await expect(validateOpenApi(doc('3.0.3', { A: { const: 1 } }))).rejects.toThrow();
    await expect(validateOpenApi(doc('3.0.3', { A: { type: ['string', 'null'] } }))).rejects.toThrow();
    await expect(validateOpenApi(doc('3.0.3', { A: { type: 'number', exclusiveMinimum: 1 } }))).rejects.toThrow();
    await expect(validateOpenApi(doc('3.0.3', { A: { $defs: { B: {} } } }))).rejects.toThrow();
  });

  it('has Redocly catch a nullable without a type, which the official 3.0 schema allows', async () => {
    await expect(validateOpenApi(doc('3.0.3', { A: { nullable: true, enum: [null] } }))).rejects.toThrow(/nullable-type-sibling/);
  });

  it('rejects a dangling $ref', async () => {
    await expect(validateOpenApi(doc('3.1.0', { A: { $ref: '#/components/schemas/B' } }))).rejects.toThrow();
    await expect(validateOpenApi(doc('3.0.3', { A: { $ref: '#/components/schemas/B' } }))).rejects.toThrow();
  });

  it('rejects a 3.1 component that is not valid JSON Schema 2020-12', async () => {
    await expect(validateOpenApi(doc('3.1.0', { A: { type: 'text' } }))).rejects.toThrow(/struct|2020-12/);
  });

  it('accepts the same documents once they are correct', async () => {
    await validateOpenApi(doc('3.0.3', { A: { type: 'number', minimum: 1, exclusiveMinimum: true, nullable: true } }));
    await validateOpenApi(doc('3.1.0', { A: { type: ['number', 'null'], exclusiveMinimum: 1 } }));
  });

  it('applies nullable and boolean exclusive bounds to 3.0 data', () => {
    const v = instanceValidators(doc('3.0.3', { A: { type: 'number', minimum: 1, exclusiveMinimum: true, nullable: true } }))('A');
    expect([v(null), v(2), v(1), v('x')]).toEqual([true, true, false, false]);
  });
});
