import { describe, expect, it } from 'vitest';
import { compileWith } from './dialect.js';
import type { Json } from './json.js';
import { normaliseDocument } from './normalise.js';

describe('allOf merging follows ajv', () => {
  it('never moves contains beside prefixItems (ajv then lets contains pass on an empty array)', () => {
    // Found by the soak: merging allOf [{contains: false}] into a node with prefixItems made []
    // valid under the normalised schema and invalid under the original.
    const schema: Json = { prefixItems: [{ type: 'string' }], allOf: [{ contains: false, maxLength: 4 }] };
    const doc = normaliseDocument(schema, '2020-12');
    const original = compileWith('2020-12', schema);
    const normalised = compileWith('2020-12', doc.root);
    for (const x of [[], [1], ['a'], ['a', 1], 'abc']) expect(normalised(x), JSON.stringify(x)).toBe(original(x));
  });
});
