import { describe, expect, it } from 'vitest';
import { coverageOf, loadDictionary } from './index.js';

describe('coverageOf', () => {
  it('counts schemas by kind and the documented share of schemas and properties', async () => {
    // testdata/base: core/name (element: both labels, Vietnamese description only, an example,
    // no counter-example) and core/person (entity: both labels, nothing else; two properties
    // that are bare $refs without labels).
    const { dictionary } = await loadDictionary(new URL('../testdata/base/', import.meta.url).pathname);
    expect(coverageOf(dictionary!)).toEqual([
      {
        domain: 'core',
        schemas: { entity: 1, element: 1, codelist: 0 },
        properties: 2,
        labels: { done: 2, of: 4 },
        descriptions: { done: 0, of: 4 },
        examples: { done: 1, of: 4 },
        counterexamples: { done: 0, of: 2 },
        legalBasis: { done: 2, of: 2 },
      },
    ]);
  });
});
