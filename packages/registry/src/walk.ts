import { ARRAY_SCHEMA_KEYWORDS, MAP_SCHEMA_KEYWORDS, SINGLE_SCHEMA_KEYWORDS, type SubschemaVisit } from './keywords.js';
import { childPointer } from './text/pointer.js';

/**
 * Visits a schema object and every subschema object below it, depth first, in document order.
 * Boolean subschemas are skipped (they have no keywords). `visit` returning `false` stops the
 * descent below that node.
 */
export function walkSchema(
  node: unknown,
  pointer: string,
  visit: (v: SubschemaVisit) => boolean | void,
  inPlace = true,
): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as Record<string, unknown>;
  if (visit({ node: schema, pointer, inPlace }) === false) return;
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    const here = childPointer(pointer, key);
    if (key in SINGLE_SCHEMA_KEYWORDS) {
      walkSchema(value, here, visit, inPlace && SINGLE_SCHEMA_KEYWORDS[key]!);
    } else if (key in ARRAY_SCHEMA_KEYWORDS && Array.isArray(value)) {
      value.forEach((item, i) => walkSchema(item, childPointer(here, i), visit, inPlace && ARRAY_SCHEMA_KEYWORDS[key]!));
    } else if (key in MAP_SCHEMA_KEYWORDS && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const name of Object.keys(value)) {
        walkSchema((value as Record<string, unknown>)[name], childPointer(here, name), visit, inPlace && MAP_SCHEMA_KEYWORDS[key]!);
      }
    }
  }
}
