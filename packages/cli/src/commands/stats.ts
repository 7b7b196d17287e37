import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';

interface StatsArgs {
  readonly path: string | undefined;
  readonly format: 'text' | 'json' | 'markdown';
}

/** `ndd stats`: coverage of the dictionary per domain. */
export function statsCommand(ctx: CommandContext): CommandModule<object, StatsArgs> {
  return {
    command: 'stats',
    describe: 'Coverage per domain: entities, elements, code lists, and the share with labels, descriptions, examples, counter-examples and a legal basis',
    builder: (y: Argv) =>
      y
        .option('path', { type: 'string', describe: 'Dictionary directory (default: the nearest one from here upward)' })
        .option('format', { choices: ['text', 'json', 'markdown'] as const, default: 'text' as const, describe: 'Output format' }) as unknown as Argv<StatsArgs>,
    handler: async (args) => {
      const { stats } = await import('../actions/stats.js');
      ctx.exitCode = await stats({ path: args.path, format: args.format }, ctx.io);
    },
  };
}
