import type { Format } from '@ndd/diagnostics';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { diagnosticFormatOption, pathPositional } from './options.js';

interface LintArgs {
  readonly path: string | undefined;
  readonly format: Format;
}

/** `ndd lint [path]`: load the dictionary, run the model checks, report every finding. */
export function lintCommand(ctx: CommandContext): CommandModule<object, LintArgs> {
  return {
    command: 'lint [path]',
    describe: 'Load the dictionary, check it and report every problem',
    builder: (y: Argv) =>
      y
        .positional('path', pathPositional)
        .option('format', diagnosticFormatOption)
        .example('$0 lint', 'check the dictionary of this checkout')
        .example('$0 lint dictionary --format github', 'annotate a pull request') as unknown as Argv<LintArgs>,
    handler: async (args) => {
      const { lint } = await import('../actions/lint.js');
      ctx.exitCode = await lint({ path: args.path, format: args.format }, ctx.io);
    },
  };
}
