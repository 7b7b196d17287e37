import { describe, expect, it } from 'vitest';
import { instancePathOf, placeAt } from './instance-path.js';
import { isMonotone } from './monotone.js';

const ref = { $ref: 'https://schemas.ndd.gov.vn/core/name/v1' };

describe('isMonotone', () => {
  it('accepts references under properties, items, allOf, anyOf, then/else, contains without maxContains, $defs', () => {
    for (const schema of [
      { properties: { a: ref } },
      { items: ref, prefixItems: [ref] },
      { allOf: [ref], anyOf: [{ properties: { b: ref } }] },
      { if: { type: 'object' }, then: ref, else: ref },
      { contains: ref, minContains: 2 },
      { additionalProperties: ref, patternProperties: { '^x': ref }, propertyNames: ref, dependentSchemas: { a: ref } },
      { $defs: { d: { properties: { a: ref } } }, properties: { a: { $ref: '#/$defs/d' } } },
      { not: { type: 'string' }, oneOf: [{ type: 'string' }, { type: 'number' }] }, // no reference there: fine
    ]) {
      expect(isMonotone(schema), JSON.stringify(schema)).toBe(true);
    }
  });

  it('refuses references under not, if, oneOf, a bounded contains, unknown keywords; and unevaluated*', () => {
    for (const schema of [
      { not: ref },
      { properties: { a: { not: { allOf: [ref] } } } },
      { if: ref, then: {} },
      { oneOf: [ref, { type: 'null' }] },
      { contains: ref, maxContains: 1 },
      { dependencies: { a: ref } },
      { $defs: { d: { not: ref } } },
      { unevaluatedProperties: false },
      { allOf: [ref], unevaluatedItems: false },
    ]) {
      expect(isMonotone(schema), JSON.stringify(schema)).toBe(false);
    }
  });
});

describe('instancePathOf / placeAt', () => {
  const schema = {
    properties: { list: { type: 'array', prefixItems: [{}, {}], items: { properties: { x: ref } } }, any: { allOf: [{ anyOf: [ref] }] } },
  };
  it('maps a schema pointer to the place in an instance it applies to', () => {
    expect(instancePathOf(schema, '/properties/list/items/properties/x')).toEqual(['list', 2, 'x']);
    expect(instancePathOf(schema, '/properties/list/prefixItems/1')).toEqual(['list', 1]);
    expect(instancePathOf(schema, '/properties/any/allOf/0/anyOf/0')).toEqual(['any']);
    expect(instancePathOf(schema, '/not')).toBeUndefined();
    expect(instancePathOf(schema, '/$defs/x')).toBeUndefined();
  });
  it('places a value, creating what is missing and copying the rest', () => {
    const base = { list: ['a'], keep: 1 };
    expect(placeAt(base, ['list', 2, 'x'], 'v')).toEqual({ list: ['a', 'a', { x: 'v' }], keep: 1 });
    expect(base).toEqual({ list: ['a'], keep: 1 });
    const proto = placeAt({}, ['__proto__'], { polluted: true }) as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
