import { createHash } from 'node:crypto';
import type { Diagnostic } from '@ndd/diagnostics';
import { metaValidators } from '../meta/ajv.js';
import type { RawFile } from '../source/raw-file.js';
import { decodeFile } from '../text/decode.js';
import { valueAt } from '../text/pointer.js';
import type { CodeEntry, SchemaMetadata } from '../model.js';
import { parseJson } from '../text/parse-json.js';
import type { ConfiguredDomain } from './build-model.js';
import { checkFormats } from './check-formats.js';
import { checkSchemaAndId, identityFromPath } from './check-identity.js';
import { scanKeywords, type KeywordScan } from './check-keywords.js';
import { checkAgainstMeta } from './check-meta.js';
import { checkCodes, checkMetadata } from './check-metadata.js';
import { refUrlOf } from './ref-url.js';
import { checkNfc } from './check-nfc.js';
import { FileContext } from './file-context.js';
import type { LoadedDocument } from './loaded-document.js';
import type { ReadingCache } from './reading-cache.js';
import { deepFreeze } from '../freeze.js';

/** What a file's reading depends on besides its path and bytes, for one load. */
export interface ReadSettings {
  /** The settings below as one string (part of every reading's key). */
  readonly key: string;
  readonly baseUri: string;
  readonly domains: Readonly<Record<string, ConfiguredDomain>>;
  readonly knownFormats: ReadonlySet<string>;
  /** Where readings persist between processes, if anywhere. */
  readonly cache: ReadingCache | undefined;
}

/** What reading one schema file found, independent of every other file. */
interface DocumentReading {
  readonly text: string | undefined;
  /** The text parsed as JSON (findings about the document follow only then). */
  readonly parsed: boolean;
  /** Findings of decoding and parsing (not tied to a parsed document). */
  readonly fileDiagnostics: readonly Diagnostic[];
  /** Findings of the per-file checks, in the file's context. */
  readonly documentDiagnostics: readonly Diagnostic[];
  readonly loaded: Omit<LoadedDocument, 'ctx'> | undefined;
  /** The document passed meta-validation (its metadata and codes were then read). */
  readonly metaValid: boolean;
}

/**
 * Per-file readings by path, content and settings. The same bytes at the same path read the same
 * way, so a second load in one process — the base of `ndd check`, whose files are mostly the
 * work tree's — reuses the first's reading instead of parsing and checking the file again. The
 * parsed documents are deeply frozen, so sharing them is safe. Bounded; the oldest goes first.
 */
let readings = new Map<string, DocumentReading>();
const READINGS_LIMIT = 20_000; // a head, a base and a few releases of a large dictionary

/** Forgets this process's readings, so that the next load reads every file again (tests). */
export function forgetReadings(): void {
  readings = new Map();
}

/**
 * Reads one schema file: from this process's memo, else from the persistent cache (only the
 * cheap steps run again), else afresh. Adds its findings and text to the load's collections.
 */
export function readDocument(file: RawFile, settings: ReadSettings, sources: Map<string, string>, diagnostics: Diagnostic[], contexts: FileContext[]): LoadedDocument | undefined {
  const contentHash = hashOf(file.bytes);
  const key = `${file.path}\u0000${contentHash}\u0000${settings.key}`;
  let reading = readings.get(key);
  const storeKey = settings.cache ? sha1(key) : '';
  if (reading === undefined) {
    const stored = settings.cache?.get(storeKey);
    reading = stored === undefined ? undefined : fromStored(stored, file, contentHash, settings);
    if (reading === undefined) {
      reading = freshReading(file, contentHash, settings);
      settings.cache?.set(storeKey, toStored(reading));
    }
    if (readings.size >= READINGS_LIMIT) readings.delete(readings.keys().next().value!);
    readings.set(key, reading);
  } else if (settings.cache && !settings.cache.has(storeKey)) {
    // Read earlier in this process by a load without this cache: persisted now.
    settings.cache.set(storeKey, toStored(reading));
  }
  diagnostics.push(...reading.fileDiagnostics);
  if (reading.text === undefined) return undefined;
  sources.set(file.path, reading.text);
  if (!reading.parsed) return undefined;
  // A fresh context each load: the dictionary-wide checks add their findings to it.
  const ctx = new FileContext(file.path, reading.text);
  ctx.diagnostics.push(...reading.documentDiagnostics);
  contexts.push(ctx);
  return reading.loaded ? { ...reading.loaded, ctx } : undefined;
}

function freshReading(file: RawFile, contentHash: string, settings: ReadSettings): DocumentReading {
  const fileDiagnostics: Diagnostic[] = [];
  const text = new Map<string, string>();
  const read = readJsonFile(file, text, fileDiagnostics);
  const checked = read ? loadDocument(read.ctx, read.value, contentHash, settings) : undefined;
  const { ctx: _ctx, ...rest } = checked?.loaded ?? {};
  return {
    text: text.get(file.path),
    parsed: read !== undefined,
    fileDiagnostics,
    documentDiagnostics: [...(read?.ctx.diagnostics ?? [])],
    loaded: checked?.loaded ? (rest as Omit<LoadedDocument, 'ctx'>) : undefined,
    metaValid: checked?.metaValid ?? false,
  };
}

/** Decodes and parses a JSON file, adding the findings of both; its text goes into `sources`. */
export function readJsonFile(file: RawFile, sources: Map<string, string>, diagnostics: Diagnostic[]): { ctx: FileContext; value: unknown } | undefined {
  const decoded = decodeFile(file.path, file.bytes);
  diagnostics.push(...decoded.diagnostics);
  if (decoded.text === undefined) return undefined;
  sources.set(file.path, decoded.text);
  const parsed = parseJson(file.path, decoded.text);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.value === undefined) return undefined;
  return { ctx: new FileContext(file.path, decoded.text), value: parsed.value };
}

function loadDocument(ctx: FileContext, value: unknown, contentHash: string, settings: ReadSettings): { loaded: LoadedDocument | undefined; metaValid: boolean } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    ctx.report('schema-not-object', 'error', 'A dictionary schema must be a JSON object.', '', {
      hint: 'Boolean schemas and other values are allowed only inside a schema, not as a whole file.',
    });
    return { loaded: undefined, metaValid: false };
  }
  const doc = value as Record<string, unknown>;
  const identity = identityFromPath(ctx, settings.baseUri);
  if (identity && !Object.hasOwn(settings.domains, identity.domain)) {
    ctx.diagnostics.push({
      code: 'unknown-domain',
      severity: 'error',
      message: `Folder "${identity.domain}" is not a domain of ndd.dictionary.json.`,
      file: ctx.file,
      hint: `Declare "${identity.domain}" under "domains" in ndd.dictionary.json (with its labels and package), or move the file.`,
    });
  }
  const id = checkSchemaAndId(ctx, doc, identity);
  const metaValid = checkAgainstMeta(ctx, doc, metaValidators().schema);
  const scan = scanKeywords(ctx, doc);
  checkFormats(ctx, scan, settings.knownFormats);
  checkNfc(ctx, doc);
  const metadata = metaValid ? checkMetadata(ctx, doc, identity) : undefined;
  const codes = metaValid ? checkCodes(ctx, doc, metadata) : [];
  if (id === undefined) return { loaded: undefined, metaValid };
  const ownFragments = new Map<string, boolean>();
  for (const found of scan.refs) {
    // Only `#…` refs: any other that lands here too is resolved on the parsed document, and
    // reading every ref as a URL twice (here and when resolving) cost a cold load of 5,000 files.
    if (!found.ref.startsWith('#')) continue;
    const url = refUrlOf(found.ref, id);
    if (url?.targetId === id && url.fragment.startsWith('/')) ownFragments.set(url.fragment, valueAt(doc, url.fragment) !== undefined);
  }
  const { title, titleEn } = titlesOf(doc);
  return { loaded: { ctx, id, identity, parsed: () => doc, title, titleEn, metadata, codes, scan, ownFragments, contentHash }, metaValid };
}

function titlesOf(doc: Record<string, unknown>): { title: string; titleEn: string } {
  return { title: typeof doc['title'] === 'string' ? doc['title'] : '', titleEn: typeof doc['x-title-en'] === 'string' ? doc['x-title-en'] : '' };
}

/**
 * A reading as stored in the persistent cache: its findings and what reading the document found
 * (the keyword scan, whether it is meta-valid, its `$id`, titles, metadata and codes, which of its
 * own fragments exist). The text is made again from the bytes; the parsed document is not stored
 * and is parsed only if something asks for it (see LoadedDocument.parsed), so a load of a large
 * dictionary read before does not parse every file.
 */
interface StoredReading {
  /** Decoded to text. */
  readonly t: boolean;
  /** Parsed as JSON. */
  readonly p: boolean;
  readonly f: readonly Diagnostic[];
  readonly d: readonly Diagnostic[];
  /** Meta-valid. */
  readonly m: boolean;
  /** What the document loaded as, when it did. */
  readonly l?: {
    readonly id: string;
    readonly title: string;
    readonly titleEn: string;
    readonly metadata: SchemaMetadata | null;
    readonly codes: readonly CodeEntry[];
    readonly refs: KeywordScan['refs'];
    readonly anchors: readonly (readonly [string, string])[];
    readonly formats: KeywordScan['formats'];
    readonly definitions: KeywordScan['definitions'];
    readonly ownFragments: readonly (readonly [string, boolean])[];
  };
}

function toStored(reading: DocumentReading): StoredReading {
  const loaded = reading.loaded;
  return {
    t: reading.text !== undefined,
    p: reading.parsed,
    f: reading.fileDiagnostics,
    d: reading.documentDiagnostics,
    m: reading.metaValid,
    ...(loaded
      ? {
          l: {
            id: loaded.id,
            title: loaded.title,
            titleEn: loaded.titleEn,
            metadata: loaded.metadata ?? null,
            codes: loaded.codes,
            refs: loaded.scan.refs,
            anchors: [...loaded.scan.anchors],
            formats: loaded.scan.formats,
            definitions: loaded.scan.definitions,
            ownFragments: [...loaded.ownFragments],
          },
        }
      : {}),
  };
}

/** The reading a stored entry stands for, or undefined when the entry does not fit the file. */
function fromStored(value: unknown, file: RawFile, contentHash: string, settings: ReadSettings): DocumentReading | undefined {
  const s = value as StoredReading;
  if (typeof s !== 'object' || s === null || typeof s.t !== 'boolean' || typeof s.p !== 'boolean' || typeof s.m !== 'boolean' || !Array.isArray(s.f) || !Array.isArray(s.d)) return undefined;
  const base = { fileDiagnostics: s.f, metaValid: s.m, loaded: undefined };
  if (!s.t) return { ...base, text: undefined, parsed: false, documentDiagnostics: [] };
  // The bytes decoded before (as strict UTF-8), so a lenient decoder gives the same text.
  let text = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!s.p) return { ...base, text, parsed: false, documentDiagnostics: [] };
  const reading = { ...base, text, parsed: true, documentDiagnostics: s.d };
  const l = s.l;
  if (l === undefined) return reading;
  if (typeof l !== 'object' || l === null || typeof l.id !== 'string' || !Array.isArray(l.refs) || !Array.isArray(l.anchors) || !Array.isArray(l.formats) || !Array.isArray(l.definitions) || !Array.isArray(l.ownFragments) || !Array.isArray(l.codes)) return undefined;
  // Path-derived, so made again (its findings are among the stored ones).
  const identity = identityFromPath(new FileContext(file.path, text), settings.baseUri);
  let doc: Record<string, unknown> | undefined;
  const parsed = (): Record<string, unknown> => {
    // The text parsed as JSON object when it was read: a parse that fails now is a broken cache.
    doc ??= deepFreeze(JSON.parse(text) as Record<string, unknown>);
    return doc;
  };
  const scan: KeywordScan = { refs: [...l.refs], anchors: new Map(l.anchors), formats: [...l.formats], definitions: [...l.definitions] };
  return {
    ...reading,
    loaded: {
      id: l.id,
      identity,
      parsed,
      title: l.title,
      titleEn: l.titleEn,
      metadata: l.metadata === null ? undefined : deepFreeze(l.metadata),
      codes: [...l.codes],
      scan,
      ownFragments: new Map(l.ownFragments),
      contentHash,
    },
  };
}

/**
 * Content hashes by bytes object: the base of a check shares the head's bytes objects for the
 * files it has in common (see GitTreeOptions.knownFiles), which are then not hashed again.
 */
const hashes = new WeakMap<Uint8Array, string>();

function hashOf(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) hashes.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
  return hash;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
