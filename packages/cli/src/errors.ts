import { ExitCode } from '@ndd/diagnostics';

/**
 * An error the user can act on (bad usage, a path that holds no dictionary, a schema that does
 * not exist). Printed as `ndd: <message>` without a stack trace; exit code 2.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.UsageOrLoadError) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** An argument yargs rejected: unknown command or flag, missing or invalid value. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.UsageOrLoadError);
    this.name = 'UsageError';
  }
}
