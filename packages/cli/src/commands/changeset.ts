import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { pathPositional } from './options.js';

interface ChangesetArgs {
  readonly path: string | undefined;
  readonly against: string;
  readonly dryRun: boolean;
}

/** `ndd changeset --against <ref>`: write the changeset with the derived bumps. */
export function changesetCommand(ctx: CommandContext): CommandModule<object, ChangesetArgs> {
  return {
    command: 'changeset [path]',
    describe: 'Write .changeset/<name>.md with each package bump derived from the compatibility verdicts',
    builder: (y: Argv) =>
      y
        .positional('path', pathPositional)
        .option('against', { type: 'string', demandOption: true, describe: 'The base: a branch, tag or commit' })
        .option('dry-run', { type: 'boolean', default: false, describe: 'Print the changeset instead of writing it' }) as unknown as Argv<ChangesetArgs>,
    handler: async (args) => {
      const { changeset } = await import('../actions/changeset.js');
      ctx.exitCode = await changeset({ path: args.path, against: args.against, dryRun: args.dryRun }, ctx.io);
    },
  };
}
