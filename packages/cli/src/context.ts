import type { ExitCode } from '@ndd/diagnostics';
import type { CliIo } from './io.js';

/** Shared by the command modules of one run: where to write, and the exit code they settle on. */
export interface CommandContext {
  readonly io: CliIo;
  exitCode: ExitCode;
}
