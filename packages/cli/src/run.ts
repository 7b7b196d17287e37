import { ExitCode } from '@ndd/diagnostics';
import yargs, { type CommandModule } from 'yargs';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { changesetCommand } from './commands/changeset.js';
import { compatCommand } from './commands/compat.js';
import { lintCommand } from './commands/lint.js';
import { listCommand } from './commands/list.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import type { CommandContext } from './context.js';
import { CliError, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { cliVersion } from './version.js';

/**
 * Runs `ndd` with the given arguments (without `node` and the script) and returns the exit code:
 * 0 clean, 1 findings, 2 usage or load error. Never throws and never exits the process, so tests
 * call it in-process; `bin.cts` is the only place that touches `process`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const ctx: CommandContext = { io, exitCode: ExitCode.Clean };
  try {
    await parser(argv, ctx).parseAsync(argv as string[], {}, (_err, _args, output) => {
      // yargs hands us --help and --version text here instead of printing it itself.
      if (output !== '') io.stdout.write(`${output}\n`);
    });
    return ctx.exitCode;
  } catch (error) {
    return report(error, io);
  }
}

function parser(argv: readonly string[], ctx: CommandContext) {
  // Every command, in help order: one module a file in src/commands/.
  const commands = [lintCommand, listCommand, showCommand, statsCommand, compatCommand, checkCommand, changesetCommand, buildCommand].map((make) => make(ctx));
  const names = commands.map((c) => String(c.command).split(' ')[0] ?? '');
  const instance = yargs(argv as string[])
    .scriptName('ndd')
    .usage("$0 <command> [options]\n\nVietnam's national shared data dictionary, as code.")
    .command(commands as CommandModule[])
    .demandCommand(1, 'Give a command.')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(cliVersion())
    .epilogue('Exit codes: 0 clean, 1 findings, 2 usage or load error. NDD_DEBUG=1 shows stack traces.')
    .wrap(Math.min(100, process.stdout.columns ?? 80))
    .exitProcess(false)
    .fail((message, error) => {
      // yargs' own failures exit 1, which we reserve for findings: make every one a usage error.
      if (error !== undefined && error !== null) throw error;
      throw new UsageError(usageMessage(message, argv, names));
    });
  skipHelpLayoutAfterCommands(instance);
  return instance;
}

/**
 * yargs lays out the help of a command each time the command runs, in case a later failure shows
 * it (~15 ms of every `ndd compat`: cliui, string widths). Our fail handler never shows help
 * (--help is answered before any command runs), so that layout is skipped. Through yargs'
 * internal methods: should a version lack them, nothing changes.
 */
function skipHelpLayoutAfterCommands(instance: object): void {
  type Usage = { cacheHelpMessage?: () => void };
  const usage = (instance as { getInternalMethods?: () => { getUsageInstance?: () => Usage } }).getInternalMethods?.().getUsageInstance?.();
  if (usage !== undefined && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** yargs says "Did you mean lint?" or "Unknown argument: x" for a mistyped command: name it as one. */
function usageMessage(message: string, argv: readonly string[], commands: readonly string[]): string {
  const typed = argv.find((a) => !a.startsWith('-'));
  if (typed === undefined || commands.includes(typed) || argv.includes('--help') || argv.includes('-h')) return message;
  return message.startsWith('Did you mean') ? `Unknown command: ${typed}. ${message}` : `Unknown command: ${typed}`;
}

function report(error: unknown, io: CliIo): ExitCode {
  const debug = io.env['NDD_DEBUG'] === '1';
  if (error instanceof UsageError) {
    io.stderr.write(`ndd: ${error.message}\nRun 'ndd --help' for usage.\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`ndd: ${message}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  else if (!(error instanceof CliError)) io.stderr.write('(set NDD_DEBUG=1 for the stack trace)\n');
  return error instanceof CliError ? error.exitCode : ExitCode.UsageOrLoadError;
}
