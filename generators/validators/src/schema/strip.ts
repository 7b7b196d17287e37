import type { JsonObject, JsonValue } from '@ndd/registry';
import { ARRAY_SUBSCHEMAS, MAP_SUBSCHEMAS, SINGLE_SUBSCHEMA, isAnnotation } from './keywords.js';

/** A schema ready for ajv, and what was read from its annotations on the way. */
export interface StrippedSchema {
  readonly schema: Record<string, unknown>;
  /**
   * For each stripped node that carried `enum` with `x-codes`, the original node: the enum
   * keyword reads the code entries (validity dates) from it while compiling.
   */
  readonly codeLists: ReadonlyMap<object, JsonObject>;
}

/**
 * Copies a dictionary schema without its annotation keywords (see {@link isAnnotation}),
 * keeping property names, `required` lists and `enum`/`const` values exactly as written.
 */
export function stripAnnotations(schema: JsonObject): StrippedSchema {
  const codeLists = new Map<object, JsonObject>();
  const copy = (node: JsonValue): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const source = node as JsonObject;
    // Null prototype: a property named `__proto__` stays a plain key, never a prototype.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      const value = source[key]!;
      if (isAnnotation(key)) continue;
      if (SINGLE_SUBSCHEMA.has(key)) out[key] = copy(value);
      else if (ARRAY_SUBSCHEMAS.has(key) && Array.isArray(value)) out[key] = value.map(copy);
      else if (MAP_SUBSCHEMAS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const map: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const name of Object.keys(value)) map[name] = copy((value as JsonObject)[name]!);
        out[key] = map;
      } else out[key] = value;
    }
    if (Array.isArray(source['enum']) && isObject(source['x-codes'])) codeLists.set(out, source);
    return out;
  };
  return { schema: copy(schema) as Record<string, unknown>, codeLists };
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
