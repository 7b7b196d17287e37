import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readerView } from './reader-view.js';

const ajv = new Ajv2020({ strict: false });
const accepts = (schema: object, data: unknown) => ajv.compile(schema)(data);

describe('readerView', () => {
  it('ignores unknown properties of closed objects, at any positive depth', () => {
    const closed = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } }, additionalProperties: false } }, additionalProperties: false };
    const reader = readerView(closed);
    expect(accepts(closed, { a: { b: 'x', extra: 1 } })).toBe(false);
    expect(accepts(reader, { a: { b: 'x', extra: 1 }, more: true })).toBe(true);
    // Known properties are still checked.
    expect(accepts(reader, { a: { b: 1 } })).toBe(false);
  });

  it('leaves a property *named* additionalProperties alone', () => {
    const schema = { type: 'object', properties: { additionalProperties: false } };
    expect(readerView(schema)).toEqual(schema);
  });

  it('never relaxes under not, if or oneOf, so the reader view always contains the schema', () => {
    // not {closed object with a}: relaxing inside `not` would reject {a: 1, b: 2}, which the schema accepts.
    const schema = { not: { type: 'object', properties: { a: {} }, required: ['a'], additionalProperties: false } };
    const reader = readerView(schema);
    expect(reader).toEqual(schema);
    expect(accepts(schema, { a: 1, b: 2 })).toBe(true);
    expect(accepts(reader, { a: 1, b: 2 })).toBe(true);
    const withIf = { if: { properties: { k: {} }, additionalProperties: false }, then: { required: ['x'] } };
    expect(readerView(withIf)).toEqual(withIf);
    const exclusive = { oneOf: [{ properties: { a: {} }, additionalProperties: false }, { required: ['b'] }] };
    expect(readerView(exclusive)).toEqual(exclusive);
  });
});
