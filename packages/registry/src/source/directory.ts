import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError, type RawFile } from './raw-file.js';

/**
 * Reads every `.json` file below `dir` (skipping dot-folders and node_modules), sorted by path.
 *
 * Synchronous on purpose: a dictionary is thousands of small files, and one promise (four
 * thread-pool round trips: open, stat, read, close) per file costs several times the reading
 * itself — 5,000 files read in well under half the time this way.
 */
export async function readDirectory(dir: string): Promise<RawFile[]> {
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) {
    throw new SourceError(`Dictionary directory not found: ${dir}`, 'Pass the folder that holds ndd.dictionary.json.');
  }
  const paths: string[] = [];
  collect(dir, '', paths);
  paths.sort();
  return paths.map((path) => ({ path, bytes: readFileSync(join(dir, path)) }));
}

function collect(root: string, prefix: string, out: string[]): void {
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      collect(root, rel, out);
    } else if (entry.isFile() && entry.name.endsWith('.json')) {
      out.push(rel);
    }
  }
}
