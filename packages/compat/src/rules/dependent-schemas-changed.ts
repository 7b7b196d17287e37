import type { Json } from '../json.js';
import { defineRule, mapOf } from './support/helpers.js';
import type { RawChange } from '../types.js';

/** A `dependentSchemas` entry (draft-07 `dependencies` with a schema) was added, removed or changed. `{ if p present then S }` is monotone in S, so S is compared like any subschema (absent = true). */
export const dependentSchemasChanged = defineRule({
  id: 'dependent-schemas-changed',
  categories: ['WIRE', 'OBJECT'],
  description: 'A `dependentSchemas` entry (draft-07 `dependencies` with a schema) was added, removed or changed. `{ if p present then S }` is monotone in S, so S is compared like any subschema (absent = true).',
  effect: { backward: 'depends', forward: 'depends' },
  keywords: ['dependentSchemas'],
  detect(a, b, ctx) {
    const x = mapOf(a, 'dependentSchemas');
    const y = mapOf(b, 'dependentSchemas');
    const out: RawChange[] = [];
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const sx = (x[k] ?? true) as Json;
      const sy = (y[k] ?? true) as Json;
      if (ctx.equal(sx, sy)) continue;
      out.push(ctx.change('dependent-schemas-changed', `The schema applied when "${k}" is present ${!(k in x) ? 'was added' : !(k in y) ? 'was removed' : 'changed'}.`, 'ok', 'ok'));
      out.push(...ctx.compare(sx, sy, { old: ['dependentSchemas', k], new: ['dependentSchemas', k] }));
    }
    return out;
  },
});
