import type { FileContext } from './file-context.js';
import type { KeywordScan } from './check-keywords.js';

/** The formats ajv-formats implements (JSON Schema's own, plus OpenAPI's numeric ones). */
export const STANDARD_FORMATS: readonly string[] = [
  'date', 'time', 'date-time', 'iso-time', 'iso-date-time', 'duration', 'uri', 'uri-reference', 'uri-template',
  'url', 'email', 'hostname', 'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'json-pointer-uri-fragment',
  'relative-json-pointer', 'byte', 'int32', 'int64', 'float', 'double', 'password', 'binary',
];

/**
 * `format` is an assertion in ndd: a format no validator implements would silently accept
 * everything, so an unknown name is an error, not an annotation.
 */
export function checkFormats(ctx: FileContext, scan: KeywordScan, known: ReadonlySet<string>): void {
  for (const { pointer, format } of scan.formats) {
    if (!known.has(format)) {
      ctx.report('unknown-format', 'error', `Unknown format "${format}": ndd asserts formats, and no validator implements this one.`, `${pointer}/format`, {
        hint: `Use one of: ${[...known].sort().join(', ')}; or add a checker to @ndd/formats.`,
      });
    }
  }
}
