import { readFileSync } from 'node:fs';

/** The package version, compiled in by the bundler (bundling/build.ts); undefined in `dist/`. */
declare const NDD_CLI_VERSION: string | undefined;

/** The CLI's version, read from its package.json (one level above both `src/` and `dist/`). */
export function cliVersion(): string {
  if (typeof NDD_CLI_VERSION === 'string') return NDD_CLI_VERSION;
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
