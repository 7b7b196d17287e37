import type { Diagnostic } from '@ndd/diagnostics';
import type { SchemaRecord } from '@ndd/registry';
import { diagnostic } from '../diagnostics.js';
import { checkPattern } from '../safety/redos.js';
import { scanSchema } from '../schema/scan.js';
import { stripAnnotations } from '../schema/strip.js';
import { formatImport, supportedFormats } from './formats.js';

/**
 * What stops a schema's validator from being generated, before ajv sees the schema: a pattern
 * (or `patternProperties` key) recheck cannot prove free of catastrophic backtracking, a
 * format without an ESM checker, a property named `__proto__`. Memoised per record, since every dependent asks again.
 */
export function preflight(record: SchemaRecord): readonly Diagnostic[] {
  const known = cache.get(record);
  if (known) return known;
  const found: Diagnostic[] = [];
  const scan = scanSchema(stripAnnotations(record.schema).schema);
  for (const { pointer, pattern } of scan.patterns) {
    const verdict = checkPattern(pattern);
    if (!verdict.safe) {
      found.push(
        diagnostic(record, 'validators/unsafe-pattern', 'error', `Pattern ${JSON.stringify(pattern)} was not compiled: ${verdict.reason}.`, pointer, 'Rewrite it without nested or overlapping repetition; recheck must prove it safe.'),
      );
    }
  }
  for (const { pointer, format } of scan.formats) {
    if (!formatImport(format)) {
      found.push(diagnostic(record, 'validators/unsupported-format', 'error', `Format "${format}" has no ESM checker in the generated validators.`, pointer, `Supported: ${supportedFormats().join(', ')}.`));
    }
  }
  for (const pointer of scan.protoProperties) {
    // ajv drops `__proto__` from `properties` (a guard against prototype pollution): such a
    // property would be neither checked nor allowed, so the validator would be wrong.
    found.push(diagnostic(record, 'validators/unsupported-property-name', 'error', 'A property named "__proto__" cannot be validated (ajv ignores it).', pointer, 'Rename the property.'));
  }
  cache.set(record, found);
  return found;
}

const cache = new WeakMap<SchemaRecord, readonly Diagnostic[]>();

/** The patterns (and `patternProperties` keys) {@link preflight} has checked for this schema. */
export function schemaPatterns(record: SchemaRecord): string[] {
  return scanSchema(stripAnnotations(record.schema).schema).patterns.map((p) => p.pattern);
}
