import { ARRAY_SUBSCHEMAS, MAP_SUBSCHEMAS, SINGLE_SUBSCHEMA } from './keywords.js';

/** The regular expressions and formats a schema asks for, with where they are. */
export interface SchemaScan {
  /** Every `pattern` value and every `patternProperties` key. */
  readonly patterns: readonly { readonly pointer: string; readonly pattern: string }[];
  readonly formats: readonly { readonly pointer: string; readonly format: string }[];
  /** Whether it uses keywords that need ajv's run-time evaluation tracking. */
  readonly dynamic: boolean;
  /**
   * Whether a property name is also a member of `Object.prototype` (`constructor`, `__proto__`,
   * `toString`…): ajv's default presence test `data.constructor !== undefined` is then true for
   * every object, so such schemas need ajv's `ownProperties` checks.
   */
  readonly prototypeNames: boolean;
  /** Where a property is named `__proto__`: ajv skips such properties entirely. */
  readonly protoProperties: readonly string[];
}

const DYNAMIC = new Set(['unevaluatedProperties', 'unevaluatedItems', '$dynamicRef', '$dynamicAnchor']);

/** Walks a (stripped) schema, keyword-aware, and lists its patterns and formats. */
export function scanSchema(schema: unknown): SchemaScan {
  const patterns: { pointer: string; pattern: string }[] = [];
  const formats: { pointer: string; format: string }[] = [];
  let dynamic = false;
  let prototypeNames = false;
  const protoProperties: string[] = [];
  const name = (n: unknown): void => {
    if (typeof n === 'string' && n in Object.prototype) prototypeNames = true;
  };
  const visit = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const schemaNode = node as Record<string, unknown>;
    for (const key of Object.keys(schemaNode)) {
      const value = schemaNode[key];
      const here = `${pointer}/${escapeToken(key)}`;
      if (DYNAMIC.has(key)) dynamic = true;
      if (key === 'properties' && value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__')) protoProperties.push(`${here}/__proto__`);
      if ((key === 'required' && Array.isArray(value)) || ((key === 'properties' || key === 'dependentRequired' || key === 'dependentSchemas') && value !== null && typeof value === 'object')) {
        (Array.isArray(value) ? value : Object.keys(value)).forEach(name);
      }
      if (key === 'pattern' && typeof value === 'string') patterns.push({ pointer: here, pattern: value });
      else if (key === 'format' && typeof value === 'string') formats.push({ pointer: here, format: value });
      else if (SINGLE_SUBSCHEMA.has(key)) visit(value, here);
      else if (ARRAY_SUBSCHEMAS.has(key) && Array.isArray(value)) value.forEach((item, i) => visit(item, `${here}/${i}`));
      else if (MAP_SUBSCHEMAS.has(key) && value !== null && typeof value === 'object') {
        for (const name of Object.keys(value)) {
          if (key === 'patternProperties') patterns.push({ pointer: `${here}/${escapeToken(name)}`, pattern: name });
          visit((value as Record<string, unknown>)[name], `${here}/${escapeToken(name)}`);
        }
      }
    }
  };
  visit(schema, '');
  return { patterns, formats, dynamic, prototypeNames, protoProperties };
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
