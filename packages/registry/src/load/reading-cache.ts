import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

/**
 * A persistent store of what reading each dictionary file found, kept in a cache folder (the
 * repository's `.ndd-cache/`, say) so that a later process skips the costly per-file checks —
 * meta-validation, the keyword walk, NFC and duplicate keys — for files it has read before.
 *
 * - **Keyed by content**: an entry's key hashes the file's path, its bytes' hash and the settings
 *   the reading depends on; an edited file simply has another key.
 * - **Never stale**: the file's header holds a fingerprint of the loader itself (its code, its
 *   meta-schemas, the versions of the libraries it runs, the Unicode version of NFC); any
 *   difference discards every entry.
 * - **Never corrupt**: each line carries a hash of its content; a line that does not match
 *   (a crash mid-write, a stray edit) is ignored. Every failure to read or write the cache just
 *   means reading files afresh.
 * - **Atomic**: new entries are appended in one write; a rewrite (another fingerprint, or a file
 *   grown to several times what is in use) goes to a temporary file renamed over the old one.
 *   Only the cache folder is written, never the dictionary.
 */
export class ReadingCache {
  readonly #file: string;
  /** Entries on disk: key → the line's raw payload (parsed on first use). */
  #lines = new Map<string, string>();
  readonly #fresh = new Map<string, string>();
  readonly #used = new Set<string>();
  #headerOk = false;
  #loaded = false;
  /** How many entries were found (for tests and benchmarks). */
  hits = 0;

  constructor(readonly dir: string) {
    this.#file = join(dir, FILE);
  }

  /** The entry stored under `key`, or undefined. */
  get(key: string): unknown {
    this.#load();
    const payload = this.#fresh.get(key) ?? this.#lines.get(key);
    if (payload === undefined) return undefined;
    try {
      const value = JSON.parse(payload) as unknown;
      this.#used.add(key);
      this.hits++;
      return value;
    } catch {
      this.#lines.delete(key);
      return undefined;
    }
  }

  /** Whether an entry is stored under `key` (then kept at the next rewrite), without reading it. */
  has(key: string): boolean {
    this.#load();
    const found = this.#fresh.has(key) || this.#lines.has(key);
    if (found) this.#used.add(key);
    return found;
  }

  /** Stores an entry (JSON-serialisable); written on {@link flush}. */
  set(key: string, value: unknown): void {
    this.#fresh.set(key, JSON.stringify(value));
    this.#used.add(key);
  }

  /** Writes the new entries (appended, or the file rewritten when that is due). Never throws. */
  flush(): void {
    if (this.#fresh.size === 0) return;
    if (loaderFingerprint() === undefined) return void this.#fresh.clear();
    this.#load();
    const fresh = [...this.#fresh];
    try {
      mkdirSync(this.dir, { recursive: true });
      // Rewritten with what this process used when the file holds another fingerprint, or when
      // entries no longer read (old versions of edited files) outnumber those in use.
      if (!this.#headerOk || this.#lines.size + fresh.length > Math.max(REWRITE_MIN, REWRITE_FACTOR * this.#used.size)) {
        const kept = [...this.#lines].filter(([k]) => this.#used.has(k) && !this.#fresh.has(k));
        const temp = `${this.#file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        writeFileSync(temp, [headerLine(), ...[...kept, ...fresh].map(([k, p]) => lineOf(k, p))].join(''));
        renameSync(temp, this.#file);
        this.#lines = new Map([...kept, ...fresh]);
        this.#headerOk = true;
      } else {
        appendFileSync(this.#file, fresh.map(([k, p]) => lineOf(k, p)).join(''));
        for (const [k, p] of fresh) this.#lines.set(k, p);
      }
      this.#fresh.clear();
    } catch {
      // A cache that cannot be written is only slower.
      this.#fresh.clear();
      cleanTemporaries(this.dir);
    }
  }

  #load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    if (loaderFingerprint() === undefined) return;
    let text: string;
    try {
      text = readFileSync(this.#file, 'utf8');
    } catch {
      return;
    }
    const lines = text.split('\n');
    if (lines[0] !== headerLine().slice(0, -1)) return;
    this.#headerOk = true;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      // `<CRC-32 of the rest> <key> <payload>`: a line that does not match its checksum is skipped.
      const space = line.indexOf(' ', CHECK + 1);
      if (space < 0 || line[CHECK] !== ' ' || checksum(line.slice(CHECK + 1)) !== line.slice(0, CHECK)) continue;
      this.#lines.set(line.slice(CHECK + 1, space), line.slice(space + 1));
    }
  }
}

const FILE = 'readings.ndjson';
const FORMAT = 'ndd-readings 2';
/** The file is rewritten when it holds more than this many times the entries in use. */
const REWRITE_FACTOR = 3;
const REWRITE_MIN = 1_000;

function lineOf(key: string, payload: string): string {
  const rest = `${key} ${payload}`;
  return `${checksum(rest)} ${rest}\n`;
}

function headerLine(): string {
  return `${FORMAT} ${loaderFingerprint()}\n`;
}

/**
 * A line's checksum: CRC-32 catches a torn or edited line (what it is for; a line is not a
 * security boundary), at a fraction of SHA-1's cost over the megabytes of a large dictionary's
 * readings, all checked by every load.
 */
function checksum(text: string): string {
  return crc32(text).toString(16).padStart(CHECK, '0');
}

/** Hex digits of a line's checksum. */
const CHECK = 8;

/** Removes temporary files a failed rewrite may have left. */
function cleanTemporaries(dir: string): void {
  try {
    for (const name of readdirSync(dir)) if (name.startsWith(`${FILE}.`) && name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  } catch {
    // nothing to clean
  }
}

let fingerprint: string | null | undefined;

/**
 * What every reading depends on besides the file and the settings: the loader's own code and
 * meta-schemas (this package's files), the versions of the libraries it runs, and the Unicode
 * version behind NFC. Computed once per process; undefined when the package's files cannot be
 * found (run from a bundle, say): the cache then neither reads nor writes anything.
 */
export function loaderFingerprint(): string | undefined {
  if (fingerprint === undefined) {
    try {
      fingerprint = computeFingerprint();
    } catch {
      fingerprint = null;
    }
  }
  return fingerprint ?? undefined;
}

function computeFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const code = resolve(here, '..');
  const root = resolve(code, '..');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; dependencies?: Record<string, string> };
  if (manifest.name !== '@ndd/registry') throw new Error('not run from the @ndd/registry package');
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${process.versions.unicode ?? ''}\0${process.versions.icu ?? ''}\0`);
  // This module's tree (src/ under the test runner, dist/ otherwise) and the meta folder.
  for (const folder of [code, join(root, 'meta')]) {
    for (const name of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
      if (!/\.(js|cjs|ts|json)$/.test(name) || /\.(test|d)\.ts$/.test(name)) continue;
      hash.update(`${name}\0`).update(readFileSync(join(folder, name))).update('\0');
    }
  }
  const require = createRequire(import.meta.url);
  for (const dependency of Object.keys(manifest.dependencies ?? {}).sort()) {
    hash.update(`${dependency}@${dependencyVersion(require, dependency)}\0`);
  }
  return hash.digest('hex');
}

/** The installed version of a dependency (its package.json found from its entry point). */
function dependencyVersion(require: NodeJS.Require, name: string): string {
  try {
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return manifest.version ?? '';
      } catch {
        // not here: one folder up
      }
      const up = dirname(dir);
      if (up === dir) return '';
      dir = up;
    }
  } catch {
    return '';
  }
}

let caches = new Map<string, ReadingCache>();

/** Drops this process's cache objects, so that the next load reads the folder again (tests). */
export function forgetReadingCaches(): void {
  caches = new Map();
}

/** The cache of a folder, one per process (a check's head, base and releases share it). */
export function readingCacheAt(dir: string): ReadingCache {
  const key = resolve(dir);
  let cache = caches.get(key);
  if (cache === undefined) caches.set(key, (cache = new ReadingCache(key)));
  return cache;
}
