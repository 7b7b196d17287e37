import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FileContext } from './file-context.js';
import { childPointer } from '../text/pointer.js';

/** Keywords of the meta-schemas that only combine other errors: their own message adds nothing. */
const COMBINATORS = new Set(['anyOf', 'oneOf', 'if', 'not', '$ref', '$dynamicRef']);

/**
 * Validates a document against a meta-schema and reports one diagnostic per location, choosing
 * the most specific error there. Errors under an `x-` keyword are `invalid-metadata` (the ndd
 * vocabulary); others are `invalid-schema` (JSON Schema itself).
 */
export function checkAgainstMeta(ctx: FileContext, doc: unknown, validate: ValidateFunction, codeOverride?: string): boolean {
  if (validate(doc)) return true;
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of validate.errors ?? []) {
    const path = locationOf(error);
    const list = byPath.get(path) ?? [];
    list.push(error);
    byPath.set(path, list);
  }
  for (const [pointer, errors] of byPath) {
    const specific = errors.filter((e) => !COMBINATORS.has(e.keyword));
    const chosen = specific.length > 0 ? specific : errors;
    const messages = [...new Set(chosen.map(describe))];
    const code = codeOverride ?? (/\/x-[a-z-]+(\/|$)/.test(pointer) ? 'invalid-metadata' : 'invalid-schema');
    ctx.report(code, 'error', `${label(pointer)} ${messages.join('; or ')}.`, pointer, {
      hint: hintFor(chosen[0]!, code),
      ...(chosen[0]!.keyword === 'additionalProperties' || chosen[0]!.keyword === 'required' ? { at: 'key' as const } : {}),
    });
  }
  return false;
}

/** Where the error is: for an unknown or missing property, the property itself. */
function locationOf(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    return childPointer(error.instancePath, (error.params as { additionalProperty: string }).additionalProperty);
  }
  return error.instancePath;
}

function label(pointer: string): string {
  return pointer === '' ? 'The document' : `"${pointer}"`;
}

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return 'is not allowed here (unknown property)';
    case 'required':
      return `must have property "${String(p['missingProperty'])}"`;
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be of type ${String(p['type'])}`;
    case 'format':
      return `must be a valid ${String(p['format'])}`;
    case 'pattern':
      return `must match the pattern ${String(p['pattern'])}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

function hintFor(error: ErrorObject, code: string): string {
  if (code === 'invalid-config') return 'See dictionary/README.md and packages/registry/meta/dictionary-config.schema.json.';
  if (code === 'invalid-metadata') {
    return 'See the metadata vocabulary in dictionary/README.md (packages/registry/meta/metadata.schema.json).';
  }
  if (error.keyword === 'type' || error.keyword === 'enum') return 'Check the keyword against JSON Schema 2020-12.';
  return 'See JSON Schema 2020-12 (json-schema.org/draft/2020-12).';
}
