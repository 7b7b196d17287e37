import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './errors.js';

/** The configuration file that marks a dictionary's root. */
export const CONFIG_FILE = 'ndd.dictionary.json';

/**
 * Finds the dictionary directory (the one holding `ndd.dictionary.json`).
 *
 * With a path: that directory, the directory of that config file, or its `dictionary/`
 * subdirectory. Without: the nearest such directory from `cwd` upward, so that `ndd lint` works
 * anywhere inside a checkout. Throws a {@link CliError} (exit 2) rather than guessing.
 */
export function locateDictionary(path: string | undefined, cwd: string): string {
  if (path !== undefined) {
    const target = resolve(cwd, path);
    if (!existsSync(target)) throw new CliError(`${path}: no such file or directory`);
    if (statSync(target).isFile()) {
      if (basename(target) === CONFIG_FILE) return dirname(target);
      throw new CliError(`${path} is a file; give the dictionary directory (the one with ${CONFIG_FILE})`);
    }
    const found = dictionaryAt(target);
    if (found === undefined) throw new CliError(`${path} holds no ${CONFIG_FILE} (nor does ${join(path, 'dictionary')})`);
    return found;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = dictionaryAt(dir);
    if (found !== undefined) return found;
    if (dirname(dir) === dir) break;
  }
  throw new CliError(`no ${CONFIG_FILE} found in ${cwd} or any parent (nor in a dictionary/ folder there); give the path`);
}

function dictionaryAt(dir: string): string | undefined {
  if (existsSync(join(dir, CONFIG_FILE))) return dir;
  const nested = join(dir, 'dictionary');
  if (existsSync(join(nested, CONFIG_FILE))) return nested;
  return undefined;
}
