/** The shape of an object schema: which subschema applies to which property name. */
import { isObject, type Json, type JsonObject } from '../../json.js';

/** Property names declared in `properties`. */
export function declared(s: JsonObject): string[] {
  return isObject(s.properties) ? Object.keys(s.properties) : [];
}

/** Patterns of `patternProperties`. */
export function patterns(s: JsonObject): string[] {
  return isObject(s.patternProperties) ? Object.keys(s.patternProperties).sort() : [];
}

function matches(pattern: string, name: string): boolean | undefined {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    return undefined;
  }
}

/**
 * The schema that applies to the value of property `name`: its `properties` entry and every
 * matching `patternProperties` entry (all apply), else `additionalProperties`, else `true`.
 * Undefined when a pattern cannot be evaluated.
 */
export function effectiveFor(s: JsonObject, name: string): Json | undefined {
  const parts: Json[] = [];
  if (isObject(s.properties) && name in s.properties) parts.push(s.properties[name] as Json);
  if (isObject(s.patternProperties)) {
    for (const [p, sub] of Object.entries(s.patternProperties)) {
      const m = matches(p, name);
      if (m === undefined) return undefined;
      if (m) parts.push(sub);
    }
  }
  if (parts.length === 0) return s.additionalProperties === undefined ? true : (s.additionalProperties as Json);
  return parts.length === 1 ? (parts[0] as Json) : { allOf: parts };
}

/** Pointer tokens to the node that applies to `name` in `s`, for reporting. */
export function tokensFor(s: JsonObject, name: string): (string | number)[] {
  if (isObject(s.properties) && name in s.properties) return ['properties', name];
  if ('additionalProperties' in s) return ['additionalProperties'];
  return [];
}
