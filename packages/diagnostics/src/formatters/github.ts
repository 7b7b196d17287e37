import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one line per diagnostic:
 * `::error file=…,line=…,col=…,endColumn=…,title=…::message`.
 * GitHub shows them as annotations on the pull request's diff.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const lines = [...diagnostics].sort(compareDiagnostics).map((d) => {
    const props: string[] = [];
    if (d.file !== undefined) props.push(`file=${escapeProperty(d.file)}`);
    if (d.file !== undefined && d.start !== undefined) {
      props.push(`line=${d.start.line}`, `col=${d.start.column}`);
      // GitHub refuses columns on a multi-line span, and the start column matters more than the
      // end line: give the end only when it is on the same line.
      if (d.end !== undefined && d.end.line === d.start.line) props.push(`endColumn=${d.end.column}`);
    }
    props.push(`title=${escapeProperty(`ndd ${d.code}`)}`);
    const body = d.hint === undefined ? d.message : `${d.message}\nHint: ${d.hint}`;
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(body)}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Escapes a command's message as @actions/core does: `%`, CR and LF. `%` first, so escapes are not re-read. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
