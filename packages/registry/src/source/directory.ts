import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError, type RawFile } from './raw-file.js';

/** Reads every `.json` file below `dir` (skipping dot-folders and node_modules), sorted by path. */
export async function readDirectory(dir: string): Promise<RawFile[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new SourceError(`Dictionary directory not found: ${dir}`, 'Pass the folder that holds ndd.dictionary.json.');
  }
  const paths: string[] = [];
  await collect(dir, '', paths);
  paths.sort();
  return Promise.all(paths.map(async (path) => ({ path, bytes: await readFile(join(dir, path)) })));
}

async function collect(root: string, prefix: string, out: string[]): Promise<void> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') return;
        await collect(root, rel, out);
      } else if (entry.isFile() && entry.name.endsWith('.json')) {
        out.push(rel);
      }
    }),
  );
}
