import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedFile } from '@ndd/generator-kit';

/**
 * A content-addressed cache of generated files: the key is a hash of everything the output
 * depends on, so a stale entry can never be hit, and nothing needs invalidating. Entries are
 * written atomically (temp file + rename), so a killed build leaves no torn entry.
 */
export class ContentCache {
  readonly #dir: string | undefined;
  hits = 0;
  misses = 0;
  /** Hits and misses by namespace (`types`, `validators`, `openapi`). */
  readonly byNamespace = new Map<string, { hits: number; misses: number }>();

  /** @param dir Where entries live; undefined disables the cache. */
  constructor(dir: string | undefined) {
    this.#dir = dir;
  }

  #count(namespace: string): { hits: number; misses: number } {
    let c = this.byNamespace.get(namespace);
    if (!c) this.byNamespace.set(namespace, (c = { hits: 0, misses: 0 }));
    return c;
  }

  /** The value for `key` (any JSON: files, diagnostics…), computing and storing it on a miss. */
  async getOrCompute<T = readonly GeneratedFile[]>(namespace: string, key: string, compute: () => Promise<T>): Promise<T> {
    const file = this.#dir ? join(this.#dir, namespace, key.slice(0, 2), `${key}.json`) : undefined;
    if (file) {
      const cached = await readFile(file, 'utf8').catch(() => undefined);
      if (cached !== undefined) {
        try {
          const value = JSON.parse(cached) as T;
          this.hits++;
          this.#count(namespace).hits++;
          return value;
        } catch {
          // A corrupt entry is recomputed and overwritten.
        }
      }
    }
    this.misses++;
    this.#count(namespace).misses++;
    const value = await compute();
    if (file) {
      await mkdir(join(file, '..'), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(value));
      await rename(tmp, file);
    }
    return value;
  }
}

/** SHA-256 of the given parts, separated so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}
