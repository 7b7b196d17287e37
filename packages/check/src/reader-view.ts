import { walkSchema, type JsonObject } from '@ndd/registry';

/**
 * The reader's view of a schema in the dictionary's evolution model: what a *tolerant reader*
 * accepts — a record that is valid once the properties it does not know are ignored. Formally
 * the schema with every `additionalProperties: false` and `unevaluatedProperties: false`
 * removed: unknown properties may then hold anything, which is exactly "ignored".
 *
 * Producers write records valid under the schema as written (closed: a typo is caught);
 * readers validate with the reader view. See docs/evolution-policy.md for why checking
 * L(old) ⊆ L(reader(new)) and L(new) ⊆ L(reader(old)) is sound in that model.
 */
export function readerView(schema: JsonObject): JsonObject {
  const copy = structuredClone(schema) as Record<string, unknown>;
  // walkSchema visits schema positions only, so a *property named* "additionalProperties" is safe.
  walkSchema(copy, '', ({ node }) => {
    const n = node as Record<string, unknown>;
    if (n['additionalProperties'] === false) delete n['additionalProperties'];
    if (n['unevaluatedProperties'] === false) delete n['unevaluatedProperties'];
  });
  return copy as JsonObject;
}
