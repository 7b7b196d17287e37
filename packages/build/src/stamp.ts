/** The stamp file of a package's `dist/`: what the build wrote there, and from what. */
export const STAMP_FILE = '.ndd-build';
const HEADER = 'ndd-build 2';

/** A parsed stamp: the package key and each file's version. */
export interface Stamp {
  /** The key of everything the output was made from (see BuildKeys.package). */
  readonly key: string;
  /** Path → version: equal versions mean equal bytes. */
  readonly versions: Map<string, string>;
}

/**
 * The text of a stamp: a header with the package key, then one `<version> <path>` line a file,
 * in path order. It tells whether a package changed without generating it, and which files the
 * next output can hard-link from this one.
 */
export function stampText(key: string, files: readonly { readonly path: string; readonly version: string }[]): string {
  return `${HEADER} ${key}\n${files.map((f) => `${f.version} ${f.path}\n`).join('')}`;
}

/** Parses a stamp; undefined for any other text (an older format: everything is rewritten once). */
export function parseStamp(text: string): Stamp | undefined {
  const lines = text.split('\n');
  const header = /^ndd-build 2 ([0-9a-f]+)$/.exec(lines[0] ?? '');
  if (!header || lines.at(-1) !== '') return undefined;
  const versions = new Map<string, string>();
  for (const line of lines.slice(1, -1)) {
    const space = line.indexOf(' ');
    if (space < 1) return undefined;
    versions.set(line.slice(space + 1), line.slice(0, space));
  }
  return { key: header[1]!, versions };
}
