import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';

const MODES = ['BACKWARD', 'FORWARD', 'FULL', 'NONE'] as const;
const FORMATS = ['text', 'json', 'github', 'markdown', 'sarif'] as const;

interface CompatArgs {
  readonly old: string;
  readonly new: string;
  readonly mode: (typeof MODES)[number];
  readonly format: (typeof FORMATS)[number];
}

/** `ndd compat OLD NEW`: are two schema files compatible (instance-set semantics)? */
export function compatCommand(ctx: CommandContext): CommandModule<object, CompatArgs> {
  return {
    command: 'compat <old> <new>',
    describe: 'Compare two JSON Schema files: BACKWARD (old data valid under new), FORWARD, FULL; a counterexample for every break',
    builder: (y: Argv) =>
      y
        .positional('old', { type: 'string', demandOption: true, describe: 'The schema before the change' })
        .positional('new', { type: 'string', demandOption: true, describe: 'The schema after the change' })
        .option('mode', { choices: MODES, default: 'BACKWARD' as const, describe: 'Compatibility mode' })
        .option('format', { choices: FORMATS, default: 'text' as const, describe: 'Output format' })
        .example('$0 compat v1.json v2.json --mode FULL --format json', 'one JSON object with the verdict, the bump and every change') as unknown as Argv<CompatArgs>,
    handler: async (args) => {
      const { compat } = await import('../actions/compat.js');
      ctx.exitCode = await compat({ old: args.old, new: args.new, mode: args.mode, format: args.format }, ctx.io);
    },
  };
}
