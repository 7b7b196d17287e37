import type { Diagnostic } from '@ndd/diagnostics';
import type { SchemaRecord } from '@ndd/registry';
import { DIAGNOSTIC_KINDS, type DiagnosticCode } from './codes.js';

/** Collects diagnostics about one schema file, with the position of each JSON pointer. */
export class Reporter {
  readonly #sink: Diagnostic[];
  /** False for components bundled from another domain: that domain's own run reports them. */
  readonly #enabled: boolean;

  constructor(sink: Diagnostic[], enabled: boolean) {
    this.#sink = sink;
    this.#enabled = enabled;
  }

  /**
   * Reports a finding of kind `code` at `pointer` (a JSON pointer inside `record`'s file); the
   * severity comes from the table, so one code always has one severity.
   */
  report(record: SchemaRecord, code: DiagnosticCode, pointer: string, message: string, extra: { hint?: string; data?: Record<string, unknown> } = {}): void {
    if (!this.#enabled) return;
    const kind = DIAGNOSTIC_KINDS[code];
    const range = record.positionOf(pointer);
    this.#sink.push({
      code,
      severity: kind.severity,
      message,
      file: record.file,
      pointer,
      ...(range ? { start: range.start, end: range.end } : {}),
      ...(extra.hint !== undefined ? { hint: extra.hint } : {}),
      data: { documents: kind.documents === '3.0' ? ['openapi-3.0.json'] : ['openapi.json', 'openapi-3.0.json'], ...extra.data },
    });
  }
}

/** The diagnostics without repeats (a component in both documents reports a finding twice). */
export function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.code, d.file, d.pointer, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
