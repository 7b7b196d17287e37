import { describe, expect, it } from 'vitest';
import { withoutAnnotations } from './annotations.js';

describe('withoutAnnotations', () => {
  it('removes annotations and x- keywords at schema positions only', () => {
    const schema = {
      title: 'Người',
      'x-ndd': { version: '1.0.0' },
      type: 'object',
      properties: {
        title: { type: 'string', description: 'A property named title', examples: ['Ông'] },
      },
      enum: [{ title: 'data, kept' }],
      const: { description: 'data, kept' },
      allOf: [{ $comment: 'gone', minProperties: 1 }],
      items: { readOnly: true, 'x-title-en': 'Item', type: 'number' },
      $defs: { a: { writeOnly: true, default: 1, type: 'null' } },
    };
    // A member named __proto__ (JSON.parse makes it an own member, as the loader's parser does).
    const input = JSON.parse(JSON.stringify(schema).replace('"properties":{', '"properties":{"__proto__":{"type":"integer","deprecated":true},')) as object;
    const stripped = withoutAnnotations(input);
    expect(JSON.stringify(stripped)).toBe(
      JSON.stringify({
        type: 'object',
        properties: JSON.parse('{"__proto__":{"type":"integer"},"title":{"type":"string"}}'),
        enum: [{ title: 'data, kept' }],
        const: { description: 'data, kept' },
        allOf: [{ minProperties: 1 }],
        items: { type: 'number' },
        $defs: { a: { type: 'null' } },
      }),
    );
    expect(Object.getPrototypeOf((stripped as { properties: object }).properties)).toBe(Object.prototype);
  });

  it('tells schemas that differ in what they assert apart', () => {
    const a = withoutAnnotations({ type: 'string', maxLength: 10, title: 'A' });
    const b = withoutAnnotations({ type: 'string', maxLength: 11, title: 'A' });
    const c = withoutAnnotations({ type: 'string', maxLength: 10, title: 'C', description: 'other' });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(c));
  });
});
