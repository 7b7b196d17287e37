import { createHash } from 'node:crypto';
import { compareDiagnostics, type Diagnostic } from '@ndd/diagnostics';
import { formats as nddFormats } from '@ndd/formats';
import { CONFIG_FILE, SCHEMA_SUFFIX, WAIVERS_FILE } from '../constants.js';
import { metaValidators } from '../meta/ajv.js';
import type { Dictionary, DictionaryConfig } from '../model.js';
import { readDirectory } from '../source/directory.js';
import { readGitTree, type GitTreeOptions } from '../source/git.js';
import { SourceError, type RawFile } from '../source/raw-file.js';
import { buildDictionary, type ConfiguredDomain } from './build-model.js';
import { checkAgainstMeta } from './check-meta.js';
import { STANDARD_FORMATS } from './check-formats.js';
import type { FileContext } from './file-context.js';
import { findUngeneratableCycles } from './find-cycles.js';
import type { LoadedDocument } from './loaded-document.js';
import { readDocument, readJsonFile, type ReadSettings } from './read-document.js';
import { readingCacheAt } from './reading-cache.js';
import { resolveReferences } from './resolve-refs.js';

/** What loading a dictionary gives: the model (possibly partial) and every finding. */
export interface LoadResult {
  /** The model of every schema that could be read; undefined only when nothing could be. */
  readonly dictionary: Dictionary | undefined;
  /** Every finding, in a deterministic order. */
  readonly diagnostics: readonly Diagnostic[];
  /** File (relative to the dictionary root) → text, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /**
   * The files as read, when asked for with {@link LoadOptions.keepFiles} (to hand to
   * {@link GitTreeOptions.knownFiles} when the base of a comparison is loaded next).
   */
  readonly files?: readonly RawFile[];
}

/** Options for loading. */
export interface LoadOptions {
  /** Extra `format` names that validators implement, beyond JSON Schema's and @ndd/formats'. */
  readonly formats?: Iterable<string>;
  /** Keep the files read in {@link LoadResult.files}. */
  readonly keepFiles?: boolean;
  /**
   * A cache folder (the repository's `.ndd-cache/`, say) where what reading each file found is
   * kept between processes, so that unchanged files skip the costly per-file checks (see
   * `ReadingCache`). Only that folder is written. Without it, nothing persists.
   */
  readonly cacheDir?: string;
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
  const result = loadFiles(source, files, options);
  return options.keepFiles ? { ...result, files } : result;
}

/** Loads a dictionary from files already in memory (the core of every loader; pure but for hashing, and for the reading cache when `options.cacheDir` is given). */
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
  const settings: ReadSettings = {
    // Hashed: it is part of every file's key, looked up once a file.
    key: createHash('sha1').update([config.baseUri, Object.keys(rawConfig.domains).join(','), [...knownFormats].join(',')].join('\u0000')).digest('hex'),
    baseUri: config.baseUri,
    domains: rawConfig.domains,
    knownFormats,
    cache: options.cacheDir === undefined ? undefined : readingCacheAt(options.cacheDir),
  };
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
    const loaded = readDocument(file, settings, sources, diagnostics, contexts);
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
  settings.cache?.flush();
  return { dictionary, diagnostics: diagnostics.sort(compareDiagnostics), sources };
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
