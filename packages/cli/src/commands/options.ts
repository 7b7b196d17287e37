import { FORMATS } from '@ndd/diagnostics';

/** `--format` for commands that print diagnostics. */
export const diagnosticFormatOption = {
  choices: FORMATS,
  default: 'text' as const,
  describe: 'Output format: text for people, json for scripts, github for workflow annotations, markdown for a PR comment, sarif for code scanning',
};

/** `--format` for commands that print a listing or a record. */
export const dataFormatOption = {
  choices: ['text', 'json'] as const,
  default: 'text' as const,
  describe: 'Output format',
};

/** The `[path]` positional of commands that read a dictionary. */
export const pathPositional = {
  type: 'string' as const,
  describe: 'Dictionary directory (default: the nearest one holding ndd.dictionary.json, from here upward)',
};
