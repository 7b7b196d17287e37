import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';
import { DEFAULT_TOOL, type FormatOptions } from './options.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF 2.1.0 schema URI GitHub code scanning and editors recognise. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * A SARIF 2.1.0 log with one run: one rule per diagnostic code (sorted), one result per
 * diagnostic with its physical location and region. The JSON pointer, hint and data ride in the
 * result's property bag.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const tool = options.tool ?? DEFAULT_TOOL;
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const codes = [...new Set(sorted.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: options.describeCode?.(code) ?? code },
    defaultConfiguration: { level: LEVEL[sorted.find((d) => d.code === code)?.severity ?? 'error'] },
  }));
  const results = sorted.map((d) => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code) ?? 0,
    level: LEVEL[d.severity],
    message: { text: d.hint === undefined ? d.message : `${d.message}\nHint: ${d.hint}` },
    ...(d.file !== undefined && { locations: [location(d, d.file)] }),
    ...(hasProperties(d) && {
      properties: {
        ...(d.pointer !== undefined && { pointer: d.pointer }),
        ...(d.hint !== undefined && { hint: d.hint }),
        ...(d.data !== undefined && { data: d.data }),
      },
    }),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...('informationUri' in tool && tool.informationUri !== undefined && { informationUri: tool.informationUri }),
            rules,
          },
        },
        // JavaScript string offsets, which is what our parser reports.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function hasProperties(d: Diagnostic): boolean {
  return d.pointer !== undefined || d.hint !== undefined || d.data !== undefined;
}

function location(d: Diagnostic, file: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUriReference(file) },
      ...(d.start !== undefined && {
        region: {
          startLine: d.start.line,
          startColumn: d.start.column,
          ...(d.end !== undefined && { endLine: d.end.line, endColumn: d.end.column }),
        },
      }),
    },
  };
}

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
export function toUriReference(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
