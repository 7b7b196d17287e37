/** The dialect every dictionary file declares in `$schema`. */
export const DIALECT_ID = 'https://schemas.ndd.gov.vn/meta/v1/dialect';
/** The metadata vocabulary's meta-schema. */
export const METADATA_VOCABULARY_ID = 'https://schemas.ndd.gov.vn/meta/v1/vocab/metadata';
/** The meta-schema of `ndd.dictionary.json`. */
export const CONFIG_SCHEMA_ID = 'https://schemas.ndd.gov.vn/meta/v1/dictionary-config';
/** The configuration file at the dictionary root. */
export const CONFIG_FILE = 'ndd.dictionary.json';
/** Reviewed exceptions to the compatibility check (read by @ndd/check; the loader skips it). */
export const WAIVERS_FILE = 'ndd.waivers.json';
/** Suffix of every schema file. */
export const SCHEMA_SUFFIX = '.schema.json';
/**
 * Largest file the loader reads. The biggest real code list (3,321 communes with labels and
 * successors) is about 1 MiB; anything past 4 MiB is almost surely a mistake (a data dump).
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** The ndd vocabulary keywords (annotations; registered with ajv so strict mode knows them). */
export const NDD_KEYWORDS = [
  'x-title-en',
  'x-description-en',
  'x-ndd',
  'x-aliases',
  'x-legal-basis',
  'x-codes',
  'x-counterexamples',
] as const;
