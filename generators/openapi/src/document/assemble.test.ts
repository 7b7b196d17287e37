import { describe, expect, it } from 'vitest';
import { AssembledRefs } from './assemble.js';
import { resolve } from './refs.js';

const components: Record<string, unknown> = {
  Person: { type: 'object', properties: { name: { type: 'string' } } },
  'a/b': { type: 'string' },
  'x~y': { type: 'integer' },
  A: { type: 'number' },
};
const document = { openapi: '3.1.0', info: { title: 't' }, components: { schemas: components } };
const entries = Object.entries(components).map(([name, schema]) => [name, JSON.stringify(schema, null, 2)] as const);

/** AssembledRefs answers without parsing the document: it must agree with resolving on the parsed one. */
describe('AssembledRefs', () => {
  const refs = [
    '#/components/schemas/Person',
    '#/components/schemas/Nobody',
    '#/components/schemas/',
    '#/components/schemas/Person/properties/name',
    '#/components/schemas/Person/properties/age',
    '#/components/schemas/a~1b',
    '#/components/schemas/a/b',
    '#/components/schemas/x~0y',
    '#/components/schemas/x~y',
    '#/components/schemas/%41',
    '#/components/schemas/%4',
    '#/info/title',
    '#/info/version',
    '#',
    'other.json#/components/schemas/Person',
  ];
  it.each(refs)('%s', (ref) => {
    const assembled = new AssembledRefs(entries, () => JSON.stringify(document));
    let expected: boolean;
    try {
      expected = resolve(document, ref) !== undefined;
    } catch {
      expected = false;
    }
    let actual: boolean;
    try {
      actual = assembled.resolves(ref);
      // Asked again: the remembered answer is the same.
      expect(assembled.resolves(ref)).toBe(actual);
    } catch {
      actual = false;
    }
    expect(actual).toBe(expected);
  });
});
