/**
 * Test support: real validators for the generated documents.
 * - `@apidevtools/swagger-parser` checks a document against the official OpenAPI 3.0 / 3.1
 *   JSON Schemas (3.0's checks every Schema Object field strictly) and resolves every `$ref`.
 * - For 3.1, whose official schema does not look inside Schema Objects, each component is also
 *   checked against the JSON Schema 2020-12 meta-schema and compiled by ajv.
 * - Redocly's linter (`@redocly/openapi-core`, offline) with its recommended rules, which include
 *   `struct` (every field known for that OpenAPI version), `no-unresolved-refs` and 3.0's
 *   `nullable-type-sibling`. Three rules are off because they are about API descriptions with
 *   operations, not a library of components: `no-empty-servers`, `no-unused-components` (the
 *   components are used by the ministries' documents) and `info-license` (the dictionary's
 *   licence is not decided; we do not invent one).
 * - `instanceValidators` compile components for data: ajv 2020-12 for 3.1, ajv draft-04 (3.0's
 *   boolean exclusive bounds) with ajv's `nullable` support for 3.0.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import { createConfig, lintFromString } from '@redocly/openapi-core';

type Validate = (data: unknown) => boolean;

/**
 * Validates an OpenAPI document given as file text; throws with the validator's message when
 * invalid. Redocly's style warnings (a fixture may well say `maximum` and `exclusiveMaximum`
 * together) do not fail it; the real dictionary's test asks for none at all.
 */
export async function validateOpenApi(contents: string): Promise<void> {
  const problems = (await redoclyProblems(contents)).filter((p) => p.includes('(error)'));
  if (problems.length > 0) throw new Error(`Redocly lint: ${problems.join('\n')}`);
  const api = JSON.parse(contents) as { openapi: string; components?: { schemas?: Record<string, unknown> } };
  await SwaggerParser.validate(structuredClone(api) as never);
  if (api.openapi.startsWith('3.1')) {
    const ajv = new Ajv2020.default({ strict: false, validateFormats: false });
    for (const [name, schema] of Object.entries(api.components?.schemas ?? {})) {
      if (!ajv.validateSchema(schema as object)) {
        throw new Error(`Component ${name} is not a valid JSON Schema 2020-12: ${ajv.errorsText(ajv.errors)}`);
      }
    }
    instanceValidators(contents);
  }
}

/** A validator for each component of a document (by name), compiled against the whole document. */
export function instanceValidators(contents: string): (name: string) => Validate {
  const api = JSON.parse(contents) as { openapi: string; components: { schemas: Record<string, unknown> } };
  const ajv = api.openapi.startsWith('3.1')
    ? new Ajv2020.default({ strict: false, validateFormats: false, allErrors: false })
    : new AjvDraft04.default({ strict: false, validateFormats: false, allErrors: false });
  ajv.addSchema(api as object, 'urn:ndd:doc');
  const cache = new Map<string, Validate>();
  for (const name of Object.keys(api.components.schemas)) {
    cache.set(name, ajv.compile({ $ref: `urn:ndd:doc#/components/schemas/${name}` }) as Validate);
  }
  return (name) => {
    const v = cache.get(name);
    if (!v) throw new Error(`No component ${name}`);
    return v;
  };
}

/** Redocly's findings (rule, message, where), with the rules that do not apply to a component library off. */
export async function redoclyProblems(contents: string): Promise<string[]> {
  const config = await createConfig({
    extends: ['recommended'],
    rules: { 'no-empty-servers': 'off', 'no-unused-components': 'off', 'info-license': 'off' },
  });
  const problems = await lintFromString({ source: contents, absoluteRef: '/virtual/openapi.json', config });
  return problems.map((p) => `${p.ruleId} (${p.severity}): ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}
