import type { Format } from '@ndd/diagnostics';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { diagnosticFormatOption, pathPositional } from './options.js';

interface BuildArgs {
  readonly path: string | undefined;
  readonly format: Format;
}

/** `ndd build [path]`: load and check the dictionary, then (in later issues) generate the packages. */
export function buildCommand(ctx: CommandContext): CommandModule<object, BuildArgs> {
  return {
    command: 'build [path]',
    describe: 'Build every package from the dictionary (for now: load, check and summarise it)',
    builder: (y: Argv) => y.positional('path', pathPositional).option('format', diagnosticFormatOption) as unknown as Argv<BuildArgs>,
    handler: async (args) => {
      const { build } = await import('../actions/build.js');
      ctx.exitCode = await build({ path: args.path, format: args.format }, ctx.io);
    },
  };
}
