import type { RegistrationStatus, SchemaKind } from '@ndd/registry';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { KINDS, STATUSES } from '../views/vocabulary.js';
import { dataFormatOption } from './options.js';

interface ListArgs {
  readonly path: string | undefined;
  readonly domain: string | undefined;
  readonly status: RegistrationStatus | undefined;
  readonly kind: SchemaKind | undefined;
  readonly format: 'text' | 'json';
}

/** `ndd list`: the dictionary's schemas, filtered by domain, status or kind. */
export function listCommand(ctx: CommandContext): CommandModule<object, ListArgs> {
  return {
    command: 'list',
    describe: 'List the schemas of the dictionary',
    builder: (y: Argv) =>
      y
        .option('domain', { type: 'string', describe: 'Only schemas of this domain' })
        .option('status', { choices: STATUSES, describe: 'Only schemas with this ISO/IEC 11179 status' })
        .option('kind', { choices: KINDS, describe: 'Only entities, elements or code lists' })
        .option('path', { type: 'string', describe: 'Dictionary directory (default: the nearest one from here upward)' })
        .option('format', dataFormatOption)
        .example('$0 list --domain core --kind codelist', 'the code lists of the core vocabulary') as unknown as Argv<ListArgs>,
    handler: async (args) => {
      const { list } = await import('../actions/list.js');
      ctx.exitCode = await list(
        { path: args.path, domain: args.domain, status: args.status, kind: args.kind, format: args.format },
        ctx.io,
      );
    },
  };
}
