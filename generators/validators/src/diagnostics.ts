import type { Diagnostic, Severity } from '@ndd/diagnostics';
import type { SchemaRecord } from '@ndd/registry';

/** A diagnostic about a node of a dictionary schema, with its source position when known. */
export function diagnostic(
  record: SchemaRecord,
  code: string,
  severity: Severity,
  message: string,
  pointer: string,
  hint?: string,
): Diagnostic {
  const range = record.positionOf(pointer);
  return {
    code,
    severity,
    message,
    file: record.file,
    pointer,
    ...(range ? { start: range.start, end: range.end } : {}),
    ...(hint === undefined ? {} : { hint }),
  };
}
