import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { CONFIG_SCHEMA_ID, DIALECT_ID, NDD_KEYWORDS } from '../constants.js';
import { readMetaSchema } from './meta-schemas.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020) => Ajv2020;

/** The validators the loader needs, compiled once per process. */
export interface MetaValidators {
  /** Validates a dictionary file against the ndd dialect (JSON Schema 2020-12 + ndd vocabulary). */
  readonly schema: ValidateFunction;
  /** Validates `ndd.dictionary.json`. */
  readonly config: ValidateFunction;
}

let cached: MetaValidators | undefined;

/** The compiled meta-validators (strict ajv, all errors). */
export function metaValidators(): MetaValidators {
  if (cached) return cached;
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addVocabulary([...NDD_KEYWORDS]);
  ajv.addMetaSchema(readMetaSchema('metadata'));
  ajv.addMetaSchema(readMetaSchema('dialect'));
  ajv.addSchema(readMetaSchema('dictionary-config'));
  cached = { schema: ajv.getSchema(DIALECT_ID)!, config: ajv.getSchema(CONFIG_SCHEMA_ID)! };
  return cached;
}
