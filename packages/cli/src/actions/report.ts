import { relative, resolve, sep } from 'node:path';
import { formatDiagnostics, shouldUseColor, type Diagnostic, type Format } from '@ndd/diagnostics';
import { LOAD_DIAGNOSTIC_CODES } from '@ndd/registry';
import type { CliIo } from '../io.js';
import { cliVersion } from '../version.js';

/** What a command hands to {@link printDiagnostics}. */
export interface Findings {
  readonly diagnostics: readonly Diagnostic[];
  /** Source texts by file, relative to `root` (as the loader reports them). */
  readonly sources: ReadonlyMap<string, string>;
  /** The dictionary directory the diagnostics' `file`s are relative to. */
  readonly root: string;
}

/**
 * Prints findings in a format. File names are rebased from the dictionary root onto the working
 * directory, so that `file:line:col` is clickable in a terminal and GitHub annotations land on
 * the right file when the CLI runs at the repository root.
 */
export function printDiagnostics(io: CliIo, findings: Findings, format: Format): void {
  const rebase = (file: string) => toPosix(relative(io.cwd, resolve(findings.root, file)));
  const sources = new Map<string, string>();
  for (const [file, text] of findings.sources) sources.set(rebase(file), text);
  const diagnostics = findings.diagnostics.map((d) => (d.file === undefined ? d : { ...d, file: rebase(d.file) }));
  io.stdout.write(
    formatDiagnostics(diagnostics, format, {
      color: format === 'text' && shouldUseColor(io.stdout, io.env),
      sources: (file) => sources.get(file),
      describeCode: (code) => LOAD_DIAGNOSTIC_CODES[code],
      tool: { name: 'ndd', version: cliVersion(), informationUri: 'https://schemas.ndd.gov.vn/' },
    }),
  );
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
