/**
 * @ndd/registry: loads the dictionary (from a directory or a git ref), checks it, and builds
 * the immutable model every other tool reads.
 * @packageDocumentation
 */
export * from './model.js';
export { loadDictionary, loadDictionaryFromGit, loadFiles, type LoadOptions, type LoadResult } from './load/load.js';
export type { GitTreeOptions } from './source/git.js';
export type { RawFile } from './source/raw-file.js';
export { DIALECT_ID, METADATA_VOCABULARY_ID, CONFIG_FILE, WAIVERS_FILE, SCHEMA_SUFFIX, MAX_FILE_BYTES, NDD_KEYWORDS } from './constants.js';
export { KNOWN_KEYWORDS } from './keywords.js';
export { LOAD_DIAGNOSTIC_CODES } from './codes.js';
export { coverageOf, type DomainCoverage, type Share } from './coverage.js';
export { bundleSchema, JSON_SCHEMA_2020_12 } from './bundle.js';
export { walkSchema } from './walk.js';
export { ANNOTATION_KEYWORDS, withoutAnnotations } from './annotations.js';
export { valueAt, parsePointer, childPointer, escapeToken } from './text/pointer.js';
export { readMetaSchema } from './meta/meta-schemas.js';
export { createDictionaryAjv, type DictionaryAjvOptions } from './validation.js';
export { STANDARD_FORMATS } from './load/check-formats.js';
