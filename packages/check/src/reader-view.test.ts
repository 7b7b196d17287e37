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

  it('keeps a property named __proto__ a property (and relaxes it)', () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"object","properties":{"a":{}},"additionalProperties":false},"b":{}},"additionalProperties":false}');
    const reader = readerView(schema) as { properties: Record<string, unknown> };
    expect(Object.keys(reader.properties)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(reader.properties)).toBe(Object.prototype);
    expect(accepts(reader, JSON.parse('{"__proto__":{"a":1,"extra":2},"c":3}'))).toBe(true);
    expect(Object.getOwnPropertyDescriptor(reader.properties, '__proto__')?.value).toEqual({ type: 'object', properties: { a: {} } });
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

  it('leaves a definition referenced from a non-positive place as written, with what it reaches', () => {
    const closed = { type: 'object', properties: { a: {} }, additionalProperties: false };
    const schema = {
      properties: { p: { $ref: '#/$defs/open' }, q: { not: { $ref: '#/$defs/viaNot' } } },
      $defs: { open: closed, viaNot: { allOf: [{ $ref: '#/$defs/inner' }] }, inner: closed, other: { properties: { r: { oneOf: [{ $ref: '#/$defs/fromOther' }, true] } } }, fromOther: closed },
    };
    const reader = readerView(schema) as Record<string, any>;
    expect(reader.$defs.open.additionalProperties).toBeUndefined(); // positive: relaxed
    expect(reader.$defs.viaNot).toEqual(schema.$defs.viaNot);
    expect(reader.$defs.inner).toEqual(closed); // reached from `not` through viaNot
    expect(reader.$defs.fromOther).toEqual(closed); // reached from a oneOf inside another definition
    // The reader view still contains the schema: {q: {a: 1, b: 2}} is valid (q is not a closed {a}).
    expect(accepts(schema, { q: { a: 1, b: 2 } })).toBe(true);
    expect(accepts(reader, { q: { a: 1, b: 2 } })).toBe(true);
  });

  it('relaxes nothing when the root itself is referenced from a non-positive place', () => {
    const schema = { type: 'object', properties: { a: { type: 'integer' }, next: { not: { $ref: '#' } } }, additionalProperties: false };
    expect(readerView(schema)).toEqual(schema);
  });

  it('relaxes nothing where unevaluatedProperties holds a schema', () => {
    const schema = { allOf: [{ properties: { a: {} }, additionalProperties: false }], unevaluatedProperties: { type: 'string' } };
    expect(readerView(schema)).toEqual(schema);
  });
});
