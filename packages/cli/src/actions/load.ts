import { countBySeverity } from '@ndd/diagnostics';
import { loadDictionary, type Dictionary, type LoadResult } from '@ndd/registry';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { locateDictionary } from '../locate.js';

/** A load result with the directory it came from (diagnostics' files are relative to it). */
export type Loaded = LoadResult & { readonly root: string };

/** Finds and loads the dictionary. */
export async function loadAt(path: string | undefined, io: CliIo): Promise<Loaded> {
  const root = locateDictionary(path, io.cwd);
  return { ...(await loadDictionary(root)), root };
}

/**
 * Loads the dictionary for a command that reads it (list, show). It warns on stderr when the
 * dictionary has errors, since what follows is then a partial model; and it fails (exit 2) when
 * nothing could be loaded at all.
 */
export async function loadForReading(path: string | undefined, io: CliIo): Promise<Loaded & { readonly dictionary: Dictionary }> {
  const loaded = await loadAt(path, io);
  const { error } = countBySeverity(loaded.diagnostics);
  if (loaded.dictionary === undefined) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    throw new CliError(`cannot load the dictionary at ${loaded.root}: ${first?.message ?? 'unknown reason'} (run 'ndd lint' for details)`);
  }
  if (error > 0) io.stderr.write(`ndd: warning: the dictionary has ${error} error${error === 1 ? '' : 's'}; what follows may be incomplete (run 'ndd lint')\n`);
  return { ...loaded, dictionary: loaded.dictionary };
}
