/** Somewhere to write text: `process.stdout`, or a buffer in tests. */
export interface Output {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/** Everything a command touches outside its arguments, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
}

/** The real process's streams, environment and working directory. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
