import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { mkdir, open, readdir, readFile, rename, rm, stat, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '@ndd/generator-kit';

/** A file to store: its path and its contents as text or as UTF-8 bytes. */
export interface ContentFile {
  readonly path: string;
  readonly contents: string | Uint8Array;
}

/** The format of a namespace's index; another value is ignored (an empty cache). */
const FORMAT = 'ndd-build-cache/4';
/** Where the packs live inside the cache folder. */
const FOLDER = 'build';

/** What the cache knows of an entry without reading its files. */
export interface CachedEntry<M> {
  /** Small data stored beside the files (diagnostics, index entries…). */
  readonly meta: M;
  /** Path and UTF-8 byte length of each file, in the order they were stored. */
  readonly files: readonly (readonly [path: string, bytes: number])[];
}

/** The offset of an entry added by this build, whose files are not in the data file yet. */
const PENDING = -1;
/** The offset of an entry stored without its files' bytes (see {@link ContentCache.putListing}). */
const NOT_KEPT = -2;
/**
 * The folders of the former cache layout (a file per entry, `<namespace>/<2 hex>/<key>.json`),
 * which nothing reads any more.
 */
const LEGACY_FOLDERS = ['types', 'validators', 'openapi'];

/** One entry of a namespace's index: where its files are in the data file, and its meta. */
type IndexEntry = [offset: number, length: number, checksum: string, files: [string, number][], meta: unknown];

interface IndexFile {
  readonly format: string;
  /** The data file these offsets are into (`<namespace>.<generation>.data`). */
  readonly data: string;
  /** Bytes of the data file that entries may point into; anything after is a torn append. */
  readonly dataSize: number;
  readonly entries: Record<string, IndexEntry>;
}

/** Unused entries an index may hold whatever the number of used ones (compacting a small index often gains nothing). */
const DEAD_ENTRIES_FLOOR = 32;

/** A namespace (`types`, `validators`…): its index in memory, its data file on disk. */
interface Namespace {
  readonly name: string;
  data: string;
  dataSize: number;
  /** Entries of the index as read, then as added to. */
  readonly entries: Map<string, IndexEntry>;
  /** Keys read or written by this build: kept when the pack is compacted. */
  readonly used: Set<string>;
  /** Files of entries added by this build, not yet in the data file: their UTF-8 bytes, in order. */
  readonly pending: Map<string, readonly Buffer[]>;
  handle: Promise<FileHandle | undefined> | undefined;
  /** Keys this build stored (files or listings): what the index, or its journal, must get. */
  readonly changed: Set<string>;
  /**
   * Size of the index file as read or last written (its length as text: near enough to bytes for
   * when to fold), and bytes of its journal (see `#appendToIndex`).
   */
  indexBytes: number;
  journalBytes: number;
  /** Set when the journal on disk ends in a torn line, cut off before the next line is appended. */
  journalTorn: boolean;
  /**
   * The data file read whole for synchronous reads ({@link ContentCache.filesSync}), whose
   * callers want most of its entries: one read, not thousands. Null when it cannot be read.
   */
  bytes: Buffer | null | undefined;
}

/**
 * A content-addressed cache of generated files: the key is a hash of everything the output
 * depends on, so a stale entry can never be hit, and nothing needs invalidating.
 *
 * Storage, one pair of files per namespace (a file per entry cost a fifth of a cold build in
 * small-file I/O, and reading them back most of a warm one):
 * - `<namespace>.index`: the keys, each with its meta (small, read whole at the start) and the
 *   place of its files in the data file; replaced atomically (temp file + rename);
 * - `<namespace>.<generation>.data.journal`: what builds added since the index was last
 *   written, a checksummed line a build, folded into the index once it would outgrow it;
 * - `<namespace>.<generation>.data`: the files of every entry, appended to by each build and
 *   read only for the entries whose bytes are needed, each checked against its checksum.
 * A build killed half-way leaves at most an unreferenced tail on the data file, cut off by the
 * next build. When more than half of the data file is dead, or more than half of the index's
 * entries went unused, the next writing build compacts it into a new generation with only what
 * it used.
 */
export class ContentCache {
  readonly #dir: string | undefined;
  readonly #namespaces = new Map<string, Promise<Namespace>>();
  /** The namespaces read so far, for synchronous reads. */
  readonly #loaded = new Map<string, Namespace>();
  hits = 0;
  misses = 0;
  /** Hits and misses by namespace (`types`, `validators`, `openapi`). */
  readonly byNamespace = new Map<string, { hits: number; misses: number }>();

  /** @param dir The cache folder; undefined disables the cache (nothing is read or kept). */
  constructor(dir: string | undefined) {
    this.#dir = dir === undefined ? undefined : join(dir, FOLDER);
  }

  /** Whether a namespace has entries stored by an earlier build (its index exists); false with no cache. */
  hasEntries(namespace: string): boolean {
    return this.#dir !== undefined && existsSync(join(this.#dir, `${namespace}.index`));
  }

  /** Whether entries are kept between builds. */
  get enabled(): boolean {
    return this.#dir !== undefined;
  }

  /** Counts a hit or a miss (the build decides what is one). */
  count(namespace: string, outcome: 'hits' | 'misses', n = 1): void {
    let c = this.byNamespace.get(namespace);
    if (!c) this.byNamespace.set(namespace, (c = { hits: 0, misses: 0 }));
    c[outcome] += n;
    this[outcome] += n;
  }

  /** The entry stored under `key`, without its files' bytes; undefined when there is none. */
  async get<M>(namespace: string, key: string): Promise<CachedEntry<M> | undefined> {
    if (!this.#dir) return undefined;
    const ns = await this.#namespace(namespace);
    const entry = ns.entries.get(key);
    if (!entry) return undefined;
    ns.used.add(key);
    return { meta: entry[4] as M, files: entry[3] };
  }

  /** Marks an entry as still in use without reading it (its package was unchanged). */
  async keep(namespace: string, key: string): Promise<void> {
    if (!this.#dir) return;
    const ns = await this.#namespace(namespace);
    if (ns.entries.has(key)) ns.used.add(key);
  }

  /**
   * The files of an entry, read from the data file; undefined when they cannot be read or do not
   * match their checksum (the caller regenerates them).
   */
  async files(namespace: string, key: string): Promise<GeneratedFile[] | undefined> {
    if (!this.#dir) return undefined;
    const ns = await this.#namespace(namespace);
    const entry = ns.entries.get(key);
    if (!entry) return undefined;
    const pending = ns.pending.get(key);
    if (pending !== undefined) return withPaths(entry, pending);
    const bytes = await this.#raw(ns, entry);
    return bytes && filesOf(entry, bytes);
  }

  /** Reads a namespace's index now, so that {@link filesSync} can serve it. */
  async load(namespace: string): Promise<void> {
    if (this.#dir) await this.#namespace(namespace);
  }

  /**
   * {@link files} with synchronous reads, for a caller that cannot wait (a generator asking for
   * what it did before), and that asks for thousands of small entries at once, which one read
   * each through the thread pool makes slow. The namespace must have been {@link load}ed: before
   * that, nothing is found. Marks the entry as used.
   */
  filesSync(namespace: string, key: string): GeneratedFile[] | undefined {
    return this.bytesSync(namespace, key)?.map((f) => ({ path: f.path, contents: f.bytes.toString('utf8') }));
  }

  /**
   * {@link filesSync} without decoding: each file's bytes, as views of what was read (copy them
   * to keep them past the build). For contents that are copied into other files as they are.
   */
  bytesSync(namespace: string, key: string): { readonly path: string; readonly bytes: Buffer }[] | undefined {
    const ns = this.#loaded.get(namespace);
    const entry = ns?.entries.get(key);
    if (!ns || !entry) return undefined;
    ns.used.add(key);
    const pending = ns.pending.get(key);
    if (pending !== undefined) return entry[3].map(([path], i) => ({ path, bytes: pending[i]! })); // as withPaths, undecoded
    if (entry[0] < 0) return undefined;
    if (ns.bytes === undefined) {
      try {
        ns.bytes = readFileSync(join(this.#dir!, ns.data));
      } catch {
        ns.bytes = null; // Unreadable: everything is regenerated.
      }
    }
    if (!ns.bytes || entry[0] + entry[1] > ns.bytes.length) return undefined;
    const bytes = ns.bytes.subarray(entry[0], entry[0] + entry[1]);
    return checksum(bytes) === entry[2] ? cut(entry, bytes) : undefined;
  }

  /** An entry's stored bytes, if they can be read and match their checksum. */
  async #raw(ns: Namespace, entry: IndexEntry): Promise<Buffer | undefined> {
    if (entry[0] < 0) return undefined;
    const handle = await (ns.handle ??= open(join(this.#dir!, ns.data), 'r').catch(() => undefined));
    if (!handle) return undefined;
    const buffer = Buffer.alloc(entry[1]);
    const { bytesRead } = await handle.read(buffer, 0, entry[1], entry[0]).catch(() => ({ bytesRead: -1 }));
    return bytesRead === entry[1] && checksum(buffer) === entry[2] ? buffer : undefined;
  }

  /** Stores an entry (kept in memory until {@link flush}); returns its files' bytes. */
  async put(namespace: string, key: string, meta: unknown, files: readonly ContentFile[]): Promise<Buffer[]> {
    // Held as bytes, outside the JavaScript heap, until flushed: a cold build's generated text
    // kept as strings until the end was hundreds of megabytes that every garbage collection
    // copied or walked (a sixth of a 5,000-schema build). The caller writes the same bytes.
    const encoded = files.map((f) => (typeof f.contents === 'string' ? Buffer.from(f.contents) : Buffer.from(f.contents.buffer, f.contents.byteOffset, f.contents.byteLength)));
    if (!this.#dir) return encoded;
    const ns = await this.#namespace(namespace);
    ns.pending.set(key, encoded);
    ns.entries.set(key, [PENDING, encoded.reduce((n, b) => n + b.length, 0), '', files.map((f, i) => [f.path, encoded[i]!.length]), meta]);
    ns.used.add(key);
    ns.changed.add(key);
    return encoded;
  }

  /**
   * Stores an entry's meta and the paths and sizes of its files, not their bytes: {@link files}
   * gives nothing for it, and the caller makes them again when it needs them. For outputs that
   * are cheap to make again from other entries (an OpenAPI document from its components) and too
   * big to append to the data file on every build.
   */
  async putListing(namespace: string, key: string, meta: unknown, files: readonly (readonly [path: string, bytes: number])[]): Promise<void> {
    if (!this.#dir) return;
    const ns = await this.#namespace(namespace);
    ns.pending.delete(key);
    ns.entries.set(key, [NOT_KEPT, 0, '', files.map(([path, bytes]) => [path, bytes]), meta]);
    ns.used.add(key);
    ns.changed.add(key);
  }

  /** Writes what this build added: appends to each data file, then to each index's journal (or replaces the index). */
  async flush(): Promise<void> {
    if (!this.#dir) return;
    await mkdir(this.#dir, { recursive: true });
    for (const promise of this.#namespaces.values()) {
      const ns = await promise;
      await (await ns.handle)?.close().catch(() => undefined);
      ns.handle = undefined;
      forgetBytes(ns);
      if (ns.changed.size === 0) continue;
      await this.#write(ns);
    }
    await removeLegacyFolders(dirname(this.#dir));
  }

  async #write(ns: Namespace): Promise<void> {
    const dir = this.#dir!;
    // Bytes of the data file this build did not use: compacted away once they are most of it.
    const used = [...ns.used].map((k) => ns.entries.get(k)!).filter((e) => e[0] >= 0).reduce((n, e) => n + e[1], 0);
    const dead = ns.dataSize - used;
    // A missing data file is an empty one (a namespace's first build), or lost entries.
    const onDisk = await stat(join(dir, ns.data)).then((s) => s.size, () => 0);
    // Entries this build did not use go with a compaction too, once they outnumber the used
    // ones: a namespace of listings and meta only (OpenAPI documents, packages, preflights) has
    // no dead bytes to trigger one, and its index grew by every rebuild's new entries (at 5,000
    // schemas, half a megabyte of component keys an edit, read and written by every build).
    const deadEntries = ns.entries.size - ns.used.size;
    if (onDisk < ns.dataSize || dead > Math.max(used, 8 << 20) || deadEntries > Math.max(ns.used.size, DEAD_ENTRIES_FLOOR)) {
      await this.#compact(ns);
      return;
    }
    // Cut a torn tail off (a build killed between its append and its index), then append.
    if (onDisk > ns.dataSize) await truncate(join(dir, ns.data), ns.dataSize);
    const chunks: Buffer[] = [];
    let offset = ns.dataSize;
    for (const [key, contents] of ns.pending) {
      const bytes = Buffer.concat(contents);
      const entry = ns.entries.get(key)!;
      entry[0] = offset;
      entry[2] = checksum(bytes);
      offset += bytes.length;
      chunks.push(bytes);
    }
    await writeFile(join(dir, ns.data), Buffer.concat(chunks), { flag: 'a' });
    ns.dataSize = offset;
    ns.pending.clear();
    await this.#appendToIndex(ns);
  }

  /**
   * Records this build's entries: one line appended to the index's journal, or, once the journal
   * would outgrow the index, the whole index written again (and the journal dropped). Writing the
   * whole index on every build cost a 5,000-schema rebuild ~60 ms (megabytes of JSON for a few
   * dozen new entries). A line carries its own checksum: a torn one is ignored, with everything
   * after it, and its entries' bytes then lie past the data size, cut off by the next append.
   */
  async #appendToIndex(ns: Namespace): Promise<void> {
    const entries = [...ns.changed].map((k) => [k, ns.entries.get(k)!] as const);
    const line = journalLine({ dataSize: ns.dataSize, entries });
    // A journal is read only beside its index: a namespace's first build writes the index itself.
    if (ns.indexBytes === 0 || ns.journalBytes + line.length > Math.max(ns.indexBytes, JOURNAL_FLOOR)) {
      await this.#writeIndex(ns);
      return;
    }
    const journal = join(this.#dir!, journalOf(ns.data));
    if (ns.journalTorn) await truncate(journal, ns.journalBytes);
    ns.journalTorn = false;
    await writeFile(journal, line, { flag: 'a' });
    ns.journalBytes += line.length;
    ns.changed.clear();
  }

  /** Rewrites the data file with the entries this build used, in a new generation. */
  async #compact(ns: Namespace): Promise<void> {
    const dir = this.#dir!;
    const old = ns.data;
    const keys = [...ns.used].sort();
    const chunks: Buffer[] = [];
    const entries = new Map<string, IndexEntry>();
    let offset = 0;
    for (const key of keys) {
      const entry = ns.entries.get(key)!;
      if (entry[0] === NOT_KEPT) {
        entries.set(key, entry);
        continue;
      }
      const pending = ns.pending.get(key);
      const bytes = pending === undefined ? await this.#raw(ns, entry) : Buffer.concat(pending);
      if (!bytes) continue;
      entries.set(key, [offset, bytes.length, checksum(bytes), entry[3], entry[4]]);
      offset += bytes.length;
      chunks.push(bytes);
    }
    await (await ns.handle)?.close().catch(() => undefined);
    ns.handle = undefined;
    forgetBytes(ns);
    ns.data = `${ns.name}.${randomBytes(6).toString('hex')}.data`;
    const tmp = join(dir, `${ns.data}.${process.pid}.tmp`);
    await writeFile(tmp, Buffer.concat(chunks));
    await rename(tmp, join(dir, ns.data));
    ns.entries.clear();
    for (const [k, e] of entries) ns.entries.set(k, e);
    ns.dataSize = offset;
    ns.pending.clear();
    await this.#writeIndex(ns);
    await rm(join(dir, old), { force: true });
    await rm(join(dir, journalOf(old)), { force: true });
  }

  async #writeIndex(ns: Namespace): Promise<void> {
    const index: IndexFile = { format: FORMAT, data: ns.data, dataSize: ns.dataSize, entries: Object.fromEntries([...ns.entries].filter(([, e]) => e[0] !== PENDING)) };
    const file = join(this.#dir!, `${ns.name}.index`);
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const text = JSON.stringify(index);
    await writeFile(tmp, text);
    await rename(tmp, file);
    ns.indexBytes = text.length;
    ns.changed.clear();
    // Everything the journal held is in the index now. Should this be lost, the journal's lines
    // are replayed onto an index that has them already, which changes nothing.
    if (ns.journalBytes > 0 || ns.journalTorn) await rm(join(this.#dir!, journalOf(ns.data)), { force: true });
    ns.journalBytes = 0;
    ns.journalTorn = false;
  }

  #namespace(name: string): Promise<Namespace> {
    let ns = this.#namespaces.get(name);
    if (!ns) {
      ns = readNamespace(this.#dir!, name).then((read) => {
        this.#loaded.set(name, read);
        return read;
      });
      this.#namespaces.set(name, ns);
    }
    return ns;
  }
}

async function readNamespace(dir: string, name: string): Promise<Namespace> {
  const fresh: Namespace = { name, data: `${name}.${randomBytes(6).toString('hex')}.data`, dataSize: 0, entries: new Map(), used: new Set(), pending: new Map(), handle: undefined, changed: new Set(), indexBytes: 0, journalBytes: 0, journalTorn: false, bytes: undefined };
  const text = await readFile(join(dir, `${name}.index`), 'utf8').catch(() => undefined);
  if (text === undefined) return fresh;
  let ns: Namespace;
  try {
    const index = JSON.parse(text) as IndexFile;
    if (index.format !== FORMAT || typeof index.data !== 'string' || !/^[\w.-]+\.data$/.test(index.data)) return fresh;
    ns = { ...fresh, data: index.data, dataSize: index.dataSize, entries: new Map(Object.entries(index.entries)), indexBytes: text.length };
  } catch {
    // A corrupt index is an empty cache: everything is regenerated, then written anew.
    return fresh;
  }
  const journal = await readFile(join(dir, journalOf(ns.data))).catch(() => Buffer.alloc(0));
  const { batches, bytes } = journalBatches(journal);
  ns.journalBytes = bytes;
  ns.journalTorn = bytes < journal.length;
  for (const batch of batches) {
    for (const [key, entry] of batch.entries) ns.entries.set(key, entry);
    ns.dataSize = Math.max(ns.dataSize, batch.dataSize);
  }
  return ns;
}

/** What one build appended to an index's journal. */
interface JournalBatch {
  readonly dataSize: number;
  readonly entries: readonly (readonly [string, IndexEntry])[];
}

/** A journal grows up to the size of its index, and to at least this many bytes. */
const JOURNAL_FLOOR = 64 << 10;

/** The journal of the index whose data file is `data` (a new generation starts a new journal). */
function journalOf(data: string): string {
  return `${data}.journal`;
}

function journalLine(batch: JournalBatch): Buffer {
  const payload = Buffer.from(JSON.stringify(batch));
  return Buffer.concat([Buffer.from(`${checksum(payload)} `), payload, NEWLINE]);
}

const NEWLINE = Buffer.from('\n');
const SPACE = 0x20;

/**
 * The journal's batches up to the first line that is torn or altered (none after it is trusted),
 * and the bytes they take.
 */
function journalBatches(journal: Buffer): { batches: JournalBatch[]; bytes: number } {
  const batches: JournalBatch[] = [];
  let at = 0;
  for (let end = journal.indexOf(0x0a, at); end >= 0; end = journal.indexOf(0x0a, at)) {
    const payload = journal.subarray(at + 9, end);
    if (journal[at + 8] !== SPACE || checksum(payload) !== journal.subarray(at, at + 8).toString('latin1')) break;
    let batch: JournalBatch;
    try {
      batch = JSON.parse(payload.toString('utf8')) as JournalBatch;
    } catch {
      break;
    }
    // Only this cache writes lines, but a line of another shape is a torn one, never a crash.
    if (typeof batch?.dataSize !== 'number' || !Array.isArray(batch.entries) || !batch.entries.every((e) => Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]))) break;
    batches.push(batch);
    at = end + 1;
  }
  return { batches, bytes: at };
}

/**
 * The files of an entry from its stored bytes: their contents one after the other, cut at the
 * byte lengths the index lists (no framing to parse: reading back thousands of OpenAPI components
 * spent most of its time in JSON.parse when entries were JSON arrays). Undefined if they disagree.
 */
function filesOf(entry: IndexEntry, bytes: Buffer): GeneratedFile[] | undefined {
  return cut(entry, bytes)?.map((f) => ({ path: f.path, contents: f.bytes.toString('utf8') }));
}

/** {@link filesOf} without decoding: views of `bytes`. */
function cut(entry: IndexEntry, bytes: Buffer): { path: string; bytes: Buffer }[] | undefined {
  const files: { path: string; bytes: Buffer }[] = [];
  let at = 0;
  for (const [path, size] of entry[3]) {
    if (at + size > bytes.length) return undefined;
    files.push({ path, bytes: bytes.subarray(at, at + size) });
    at += size;
  }
  return at === bytes.length ? files : undefined;
}

function withPaths(entry: IndexEntry, contents: readonly Buffer[]): GeneratedFile[] {
  return entry[3].map(([path], i) => ({ path, contents: contents[i]!.toString('utf8') }));
}

/** Drops the data file read whole (its generation may be replaced, and it holds memory). */
function forgetBytes(ns: Namespace): void {
  ns.bytes = undefined;
}

/**
 * Removes the folders of the former cache layout under the cache folder, once (afterwards there
 * are none to find). Only a folder that holds nothing but two-hex-digit shard folders is taken
 * for one, so a folder of that name made by anything else is left alone.
 */
async function removeLegacyFolders(cacheDir: string): Promise<void> {
  for (const name of LEGACY_FOLDERS) {
    const dir = join(cacheDir, name);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!entries || !entries.every((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name))) continue;
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * An entry's checksum: CRC-32, against torn appends and damaged files (keys are content hashes
 * already, so nothing adversarial is guarded against here). A rebuild checks thousands of
 * entries; a SHA-1 object a check cost ~20 µs each, most of it set-up.
 */
function checksum(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0');
}

/** SHA-256 of the given parts, separated so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}
