import { Ajv2020 } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { formats } from '@ndd/formats';
import { NDD_KEYWORDS } from './constants.js';
import { readMetaSchema } from './meta/meta-schemas.js';
import type { Dictionary } from './model.js';

const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020) => Ajv2020;

/** Options of {@link createDictionaryAjv}. */
export interface DictionaryAjvOptions {
  /** Report every error (true) or stop at the first (false, ajv's default). */
  readonly allErrors?: boolean;
}

/**
 * An ajv instance that validates data against the dictionary exactly as ndd means it: strict
 * mode, the ndd vocabulary known, `format` asserted (ajv-formats plus @ndd/formats), and every
 * schema of the dictionary added so cross-file `$ref`s resolve. For tests, lint and benchmarks;
 * the packages ministries install use precompiled standalone validators instead.
 */
export function createDictionaryAjv(dictionary: Dictionary, options: DictionaryAjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: options.allErrors ?? false, validateFormats: true });
  addFormats(ajv);
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addVocabulary([...NDD_KEYWORDS]);
  ajv.addMetaSchema(readMetaSchema('metadata'));
  ajv.addMetaSchema(readMetaSchema('dialect'));
  for (const record of dictionary.schemas.values()) ajv.addSchema(record.schema as object);
  return ajv;
}
