/** Output formats of a compatibility report; one small module each. */
import type { CompatReport } from '../types.js';
import { githubFormat } from './github.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { sarifFormat } from './sarif.js';
import { textFormat } from './text.js';

/** The formats `ndd compat --format` accepts. */
export type OutputFormat = 'text' | 'json' | 'github' | 'markdown' | 'sarif';

/** Which files were compared, for formats that name them. */
export interface FormatContext {
  readonly oldPath: string;
  readonly newPath: string;
}

/** Renders a report. Output ends with a newline. */
export function formatReport(report: CompatReport, format: OutputFormat, ctx: FormatContext): string {
  switch (format) {
    case 'json':
      return jsonFormat(report);
    case 'github':
      return githubFormat(report, ctx);
    case 'markdown':
      return markdownFormat(report, ctx);
    case 'sarif':
      return sarifFormat(report, ctx);
    default:
      return textFormat(report, ctx);
  }
}
