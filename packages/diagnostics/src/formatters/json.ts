import { compareDiagnostics, countBySeverity, type Diagnostic } from '../diagnostic.js';

/** The shape of `--format json` output. Field order is stable; absent fields are omitted. */
export interface JsonReport {
  readonly summary: { readonly total: number; readonly error: number; readonly warning: number; readonly info: number };
  readonly diagnostics: readonly Diagnostic[];
}

/** Exactly one JSON document (pretty-printed, newline-terminated): a summary and the sorted list. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const report: JsonReport = {
    summary: { total: diagnostics.length, ...countBySeverity(diagnostics) },
    diagnostics: [...diagnostics].sort(compareDiagnostics).map(normalize),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

// Fixed key order, so two runs over the same findings print the same bytes whatever order the
// producer built its objects in.
function normalize(d: Diagnostic): Diagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.file !== undefined && { file: d.file }),
    ...(d.pointer !== undefined && { pointer: d.pointer }),
    ...(d.start !== undefined && { start: { line: d.start.line, column: d.start.column } }),
    ...(d.end !== undefined && { end: { line: d.end.line, column: d.end.column } }),
    ...(d.hint !== undefined && { hint: d.hint }),
    ...(d.data !== undefined && { data: d.data }),
  };
}
