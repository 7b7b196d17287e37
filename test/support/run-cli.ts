import { run, type CliIo } from '@ndd/cli';

/** The outcome of one in-process `ndd` run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `ndd` in-process with captured output, in `cwd`, with a clean environment unless given. */
export async function runCli(argv: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
