import type { Format } from '@ndd/diagnostics';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { diagnosticFormatOption, pathPositional } from './options.js';

interface BuildArgs {
  readonly path: string | undefined;
  readonly format: Format;
  readonly out: string | undefined;
  readonly cache: boolean;
  readonly quiet: boolean;
}

/** `ndd build [path]`: build every domain package from the dictionary. */
export function buildCommand(ctx: CommandContext): CommandModule<object, BuildArgs> {
  return {
    command: 'build [path]',
    describe: 'Build every domain package (types, validators, OpenAPI, schemas) from the dictionary',
    builder: (y: Argv) =>
      y
        .positional('path', pathPositional)
        .option('format', diagnosticFormatOption)
        .option('out', { type: 'string', describe: 'Folder of the domain packages (default: packages/domains beside the dictionary)' })
        .option('cache', { type: 'boolean', default: true, describe: 'Reuse generated files by content hash (.ndd-cache); --no-cache regenerates all' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print the summary line only' }) as unknown as Argv<BuildArgs>,
    handler: async (args) => {
      const { build } = await import('../actions/build.js');
      ctx.exitCode = await build({ path: args.path, format: args.format, out: args.out, cache: args.cache, quiet: args.quiet }, ctx.io);
    },
  };
}
