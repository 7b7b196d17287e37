/**
 * Runs the bundle (one CommonJS file, see build.ts) with V8's code cache: the bytecode of every
 * function a run compiled, saved after the first run beside the bundle (build.ts makes that run,
 * see train.ts) and handed to V8 on the next, so that a process does not parse and compile again
 * what the last one did (Node 20 has no module compile cache of its own).
 *
 * Cached code must only ever run with the text it was made from (V8 itself checks only the
 * source's length, its own version and its flags, and rejects what does not match). The cache is
 * `<entry>.<command>.cache` in the bundle's own directory, which a build makes once under a new
 * name, and the bundle runs only while it has the size and modification time its manifest recorded
 * (manifest.cts): so the file the cache sits beside is the text it was made from, without
 * hashing a megabyte (and loading node:crypto) on every run. A rejected or missing cache costs a
 * normal compile, and a fresh cache is written (atomically) after that run.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * The code cache file of the bundle whose entry is `entry`, for `command`: one per command, so
 * that each holds the functions its own runs compile (a cache made by `ndd compat` knows nothing
 * of loading a dictionary).
 */
export function cacheFileOf(entry: string, command: string): string {
  return `${entry}.${command}.cache`;
}

/** Runs the bundle at `entry` (its exported `main`), then saves its code cache for `command` if it had none. */
export async function runBundle(entry: string, command: string): Promise<void> {
  const source = readFileSync(entry, 'utf8');
  const cacheFile = cacheFileOf(entry, command);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const wrapped = (Module as unknown as { wrap(code: string): string }).wrap(source);
  const script = new Script(wrapped, { filename: entry, ...(cached !== undefined ? { cachedData: cached } : {}) });
  const module = { exports: {} as { main?: () => Promise<void> } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(entry), module, entry, dirname(entry));
  if (typeof module.exports.main !== 'function') throw new Error(`${entry} exports no main()`);
  await module.exports.main();
  if (cached === undefined || script.cachedDataRejected === true) {
    try {
      const temp = `${cacheFile}.${process.pid}`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A read-only install runs without the cache.
    }
  }
}
