import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { dataFormatOption } from './options.js';

interface ShowArgs {
  readonly schema: string;
  readonly path: string | undefined;
  readonly format: 'text' | 'json';
}

/** `ndd show <id|name>`: everything known about one schema. */
export function showCommand(ctx: CommandContext): CommandModule<object, ShowArgs> {
  return {
    command: 'show <schema>',
    describe: 'Show a schema: metadata, labels, legal basis, references in and out, dependents',
    builder: (y: Argv) =>
      y
        .positional('schema', { type: 'string', demandOption: true, describe: '$id, or name as domain/name/vN (or domain/name for the latest major)' })
        .option('path', { type: 'string', describe: 'Dictionary directory (default: the nearest one from here upward)' })
        .option('format', dataFormatOption)
        .example('$0 show core/person/v1', '')
        .example('$0 show https://schemas.ndd.gov.vn/core/person/v1 --format json', '') as unknown as Argv<ShowArgs>,
    handler: async (args) => {
      const { show } = await import('../actions/show.js');
      ctx.exitCode = await show({ schema: args.schema, path: args.path, format: args.format }, ctx.io);
    },
  };
}
