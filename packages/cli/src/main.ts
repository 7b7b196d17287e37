/**
 * The `ndd` process: runs the CLI on `process.argv` and sets the exit code. Called by `bin.cts`,
 * either from `dist/` or from the bundle of it (see bundling/manifest.cts).
 */
import { processIo } from './io.js';
import { run } from './run.js';

/** Runs `ndd` with the process's arguments; settles when the command is done. */
export async function main(): Promise<void> {
  // `ndd list | head` closes our stdout early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Set the exit code rather than calling process.exit(), so buffered output is flushed first.
  process.exitCode = await run(process.argv.slice(2), processIo());
}
