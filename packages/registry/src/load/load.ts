import { createHash } from 'node:crypto';
import { compareDiagnostics, type Diagnostic } from '@ndd/diagnostics';
import { formats as nddFormats } from '@ndd/formats';
import { CONFIG_FILE, SCHEMA_SUFFIX, WAIVERS_FILE } from '../constants.js';
import { metaValidators } from '../meta/ajv.js';
import type { Dictionary, DictionaryConfig } from '../model.js';
import { readDirectory } from '../source/directory.js';
import { readGitTree, type GitTreeOptions } from '../source/git.js';
import { SourceError, type RawFile } from '../source/raw-file.js';
import { decodeFile } from '../text/decode.js';
import { parseJson } from '../text/parse-json.js';
import { buildDictionary, type ConfiguredDomain } from './build-model.js';
import { checkSchemaAndId, identityFromPath } from './check-identity.js';
import { checkFormats, STANDARD_FORMATS } from './check-formats.js';
import { scanKeywords } from './check-keywords.js';
import { checkAgainstMeta } from './check-meta.js';
import { checkCodes, checkMetadata } from './check-metadata.js';
import { checkNfc } from './check-nfc.js';
import { FileContext } from './file-context.js';
import { findUngeneratableCycles } from './find-cycles.js';
import type { LoadedDocument } from './loaded-document.js';
import { resolveReferences } from './resolve-refs.js';

/** What loading a dictionary gives: the model (possibly partial) and every finding. */
export interface LoadResult {
  /** The model of every schema that could be read; undefined only when nothing could be. */
  readonly dictionary: Dictionary | undefined;
  /** Every finding, in a deterministic order. */
  readonly diagnostics: readonly Diagnostic[];
  /** File (relative to the dictionary root) → text, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
}

/** Options for loading. */
export interface LoadOptions {
  /** Extra `format` names that validators implement, beyond JSON Schema's and @ndd/formats'. */
  readonly formats?: Iterable<string>;
}

/** Loads the dictionary in a directory (the folder that holds `ndd.dictionary.json`). */
export async function loadDictionary(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadFrom(dir, () => readDirectory(dir), options);
}

/**
 * Loads the dictionary as it is at a git ref, reading git objects only: the work tree (and a
 * steward's uncommitted edits in it) is never touched.
 */
export async function loadDictionaryFromGit(repoDir: string, ref: string, subdir = 'dictionary', options: LoadOptions & GitTreeOptions = {}): Promise<LoadResult> {
  return loadFrom(`git:${ref}:${subdir}`, () => readGitTree(repoDir, ref, subdir, options), options);
}

async function loadFrom(source: string, read: () => Promise<RawFile[]>, options: LoadOptions): Promise<LoadResult> {
  let files: RawFile[];
  try {
    files = await read();
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return failed({ code: 'source-unreadable', severity: 'error', message: error.message, ...(error.hint ? { hint: error.hint } : {}) });
  }
  return loadFiles(source, files, options);
}

/** Loads a dictionary from files already in memory (the core of every loader; pure but for hashing). */
export function loadFiles(source: string, files: readonly RawFile[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const validators = metaValidators();
  const knownFormats = new Set([...STANDARD_FORMATS, ...Object.keys(nddFormats), ...(options.formats ?? [])]);

  const configFile = files.find((f) => f.path === CONFIG_FILE);
  if (!configFile) {
    return failed({
      code: 'missing-config',
      severity: 'error',
      message: `No ${CONFIG_FILE} in ${source}.`,
      hint: 'Run ndd in (or point it at) the dictionary folder, which holds ndd.dictionary.json with baseUri and domains.',
    });
  }
  const configCtx = readJsonFile(configFile, sources, diagnostics);
  if (!configCtx || !checkAgainstMeta(configCtx.ctx, configCtx.value, validators.config, 'invalid-config')) {
    if (configCtx) diagnostics.push(...configCtx.ctx.diagnostics);
    return { dictionary: undefined, diagnostics: diagnostics.sort(compareDiagnostics), sources };
  }
  const rawConfig = configCtx.value as { baseUri: string; title: DictionaryConfig['title']; legalBasis?: DictionaryConfig['legalBasis']; domains: Record<string, ConfiguredDomain> };
  const config: DictionaryConfig = Object.freeze({
    baseUri: rawConfig.baseUri,
    title: rawConfig.title,
    ...(rawConfig.legalBasis ? { legalBasis: rawConfig.legalBasis } : {}),
  });

  const docs = new Map<string, LoadedDocument>();
  const contexts: FileContext[] = [];
  for (const file of files) {
    if (file === configFile || file.path === WAIVERS_FILE) continue;
    if (!file.path.endsWith(SCHEMA_SUFFIX)) {
      diagnostics.push({
        code: 'unexpected-file',
        severity: 'warning',
        message: `"${file.path}" is not a schema file (*.schema.json) and is ignored.`,
        file: file.path,
        hint: 'Dictionary folders hold only <name>/v<major>.schema.json files; move other JSON elsewhere.',
      });
      continue;
    }
    const loaded = readDocument(file, config.baseUri, rawConfig.domains, knownFormats, sources, diagnostics, contexts);
    if (!loaded) continue;
    const { ctx } = loaded;
    const previous = docs.get(loaded.id);
    if (previous) {
      ctx.report('duplicate-id', 'error', `"$id" ${loaded.id} is already used by ${previous.ctx.file}.`, '/$id', {
        hint: 'Every schema has its own $id: fix the path-derived $id of one of the two files.',
      });
      continue;
    }
    docs.set(loaded.id, loaded);
  }

  const refs = resolveReferences(docs);
  findUngeneratableCycles(docs, refs);
  checkSuccessors(docs);
  for (const ctx of contexts) diagnostics.push(...ctx.diagnostics);
  const dictionary = buildDictionary(source, config, rawConfig.domains, docs, refs);
  return { dictionary, diagnostics: diagnostics.sort(compareDiagnostics), sources };
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
}

/**
 * Per-file readings by path, content and settings. The same bytes at the same path read the same
 * way, so a second load in one process — the base of `ndd check`, whose files are mostly the
 * work tree's — reuses the first's reading instead of parsing and checking the file again. The
 * parsed documents are deeply frozen, so sharing them is safe. Bounded; the oldest goes first.
 */
const readings = new Map<string, DocumentReading>();
const READINGS_LIMIT = 20_000; // a head, a base and a few releases of a large dictionary

function readDocument(
  file: RawFile,
  baseUri: string,
  domains: Readonly<Record<string, ConfiguredDomain>>,
  knownFormats: ReadonlySet<string>,
  sources: Map<string, string>,
  diagnostics: Diagnostic[],
  contexts: FileContext[],
): LoadedDocument | undefined {
  const contentHash = createHash('sha256').update(file.bytes).digest('hex');
  const key = [file.path, contentHash, baseUri, Object.keys(domains).join(','), [...knownFormats].join(',')].join('\u0000');
  let reading = readings.get(key);
  if (reading === undefined) {
    const fileDiagnostics: Diagnostic[] = [];
    const text = new Map<string, string>();
    const read = readJsonFile(file, text, fileDiagnostics);
    const loaded = read ? loadDocument(read.ctx, read.value, contentHash, baseUri, domains, knownFormats) : undefined;
    const { ctx: _ctx, ...rest } = loaded ?? {};
    reading = { text: text.get(file.path), parsed: read !== undefined, fileDiagnostics, documentDiagnostics: [...(read?.ctx.diagnostics ?? [])], loaded: loaded ? (rest as Omit<LoadedDocument, 'ctx'>) : undefined };
    if (readings.size >= READINGS_LIMIT) readings.delete(readings.keys().next().value!);
    readings.set(key, reading);
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

function readJsonFile(file: RawFile, sources: Map<string, string>, diagnostics: Diagnostic[]): { ctx: FileContext; value: unknown } | undefined {
  const decoded = decodeFile(file.path, file.bytes);
  diagnostics.push(...decoded.diagnostics);
  if (decoded.text === undefined) return undefined;
  sources.set(file.path, decoded.text);
  const parsed = parseJson(file.path, decoded.text);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.value === undefined) return undefined;
  return { ctx: new FileContext(file.path, decoded.text), value: parsed.value };
}

function loadDocument(
  ctx: FileContext,
  value: unknown,
  contentHash: string,
  baseUri: string,
  domains: Readonly<Record<string, ConfiguredDomain>>,
  knownFormats: ReadonlySet<string>,
): LoadedDocument | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    ctx.report('schema-not-object', 'error', 'A dictionary schema must be a JSON object.', '', {
      hint: 'Boolean schemas and other values are allowed only inside a schema, not as a whole file.',
    });
    return undefined;
  }
  const doc = value as Record<string, unknown>;
  const identity = identityFromPath(ctx, baseUri);
  if (identity && !Object.hasOwn(domains, identity.domain)) {
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
  checkFormats(ctx, scan, knownFormats);
  checkNfc(ctx, doc);
  const metadata = metaValid ? checkMetadata(ctx, doc, identity) : undefined;
  const codes = metaValid ? checkCodes(ctx, doc, metadata) : [];
  if (id === undefined) return undefined;
  return { ctx, id, identity, doc, metadata, codes, scan, contentHash };
}

function checkSuccessors(docs: ReadonlyMap<string, LoadedDocument>): void {
  for (const doc of docs.values()) {
    const successor = doc.metadata?.deprecated?.successor;
    if (successor !== undefined && !docs.has(successor)) {
      doc.ctx.report('unknown-successor', 'error', `The successor ${successor} is not in the dictionary.`, '/x-ndd/deprecated/successor', {
        hint: 'Name the $id of the schema that replaces this one.',
      });
    }
  }
}

function failed(diagnostic: Diagnostic): LoadResult {
  return { dictionary: undefined, diagnostics: [diagnostic], sources: new Map() };
}
