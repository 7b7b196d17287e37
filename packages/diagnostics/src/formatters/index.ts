import type { Diagnostic } from '../diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Every output format, in the order `--help` lists them. */
export const FORMATS = ['text', 'json', 'github', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Whether a string names a known format. */
export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * Turns a list of diagnostics into a report in one format. Output is deterministic: diagnostics
 * are sorted with `compareDiagnostics`, whatever order they come in.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(diagnostics, options);
    case 'json':
      return formatJson(diagnostics);
    case 'github':
      return formatGithub(diagnostics);
    case 'markdown':
      return formatMarkdown(diagnostics, options);
    case 'sarif':
      return formatSarif(diagnostics, options);
  }
}

export { shouldUseColor } from './color.js';
export { codeFrame } from './code-frame.js';
export { escapeData, escapeProperty, formatGithub } from './github.js';
export { formatJson, type JsonReport } from './json.js';
export { escapeText, formatMarkdown, inlineCode } from './markdown.js';
export { DEFAULT_TOOL, type FormatOptions, type SourceLookup } from './options.js';
export { formatSarif, SARIF_SCHEMA, toUriReference } from './sarif.js';
export { formatText } from './text.js';
