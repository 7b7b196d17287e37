import type { Format } from '@ndd/diagnostics';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { diagnosticFormatOption, pathPositional } from './options.js';

interface CheckArgs {
  readonly path: string | undefined;
  readonly against: string;
  readonly format: Format;
  readonly today: string | undefined;
}

/** `ndd check --against <ref>`: the CI gate on the whole dictionary. */
export function checkCommand(ctx: CommandContext): CommandModule<object, CheckArgs> {
  return {
    command: 'check [path]',
    describe: 'Compare the dictionary with a git ref: each changed schema judged under its policy, bumps derived, impact listed',
    builder: (y: Argv) =>
      y
        .positional('path', pathPositional)
        .option('against', { type: 'string', demandOption: true, describe: 'The base: a branch, tag or commit (read from git objects; the work tree is never touched)' })
        .option('format', diagnosticFormatOption)
        .option('today', { type: 'string', describe: 'Date for waiver expiry (YYYY-MM-DD; default: today, UTC)' })
        .example('$0 check --against origin/main --format github', 'the CI gate, with annotations on the pull request') as unknown as Argv<CheckArgs>,
    handler: async (args) => {
      const { check } = await import('../actions/check.js');
      ctx.exitCode = await check({ path: args.path, against: args.against, format: args.format, today: args.today }, ctx.io);
    },
  };
}
