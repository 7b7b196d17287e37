/**
 * The generator reuses one Ajv per error mode for every module it compiles: nothing of one
 * module (scope names, values, registered schemas) may leak into the next, so a schema's
 * validators are the same bytes whatever was compiled before it.
 */
import { describe, expect, it } from 'vitest';
import { exportNames } from '@ndd/generator-kit';
import { compileStandalone } from './compile/ajv-instance.js';
import { blockedSchemas, validatorsForSchema } from './generate.js';
import { realDictionary } from './testing/real-dictionary.js';

describe('validatorsForSchema with a reused Ajv', () => {
  it('gives the same output in any compile order', async () => {
    const dictionary = await realDictionary();
    const names = exportNames(dictionary);
    const blocked = blockedSchemas(dictionary);
    const ids = [...dictionary.schemas.keys()];
    const generate = (order: readonly string[]) => {
      const out = new Map<string, unknown>();
      for (const id of order) {
        const record = dictionary.schemas.get(id)!;
        out.set(id, validatorsForSchema(dictionary, dictionary.domains.get(record.domain)!, record, names, blocked.get(id)));
      }
      return out;
    };
    const forward = generate(ids);
    // A compile that fails half-way (a dangling $ref) must not leave state behind either.
    const context = { rootId: 'x', schemaIds: new Set<string>(), labels: new Map(), codeLists: new Map(), importOf: () => ({ validate: 'v', labels: 'l' }), runtime: (n: string) => n, codeTable: () => {} };
    for (const allErrors of [false, true]) {
      expect(() => compileStandalone({ $id: 'https://example.org/x', type: 'object', properties: { a: { pattern: '^a$' }, b: { $ref: '#/$defs/missing' } } }, { allErrors, ownProperties: false, dynamic: false }, context)).toThrow();
    }
    const backward = generate([...ids].reverse());
    const shuffled = generate(ids.filter((_, i) => i % 2 === 1).concat(ids.filter((_, i) => i % 2 === 0)));
    expect(forward.size).toBeGreaterThan(50);
    for (const id of ids) {
      expect(backward.get(id)).toEqual(forward.get(id));
      expect(shuffled.get(id)).toEqual(forward.get(id));
    }
  }, 120_000);
});
