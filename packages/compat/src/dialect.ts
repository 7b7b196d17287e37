/**
 * JSON Schema dialects and the reference validator for each.
 *
 * The truth about "valid" is ajv 8 with the dialect of the schema's own `$schema`, strict mode
 * off, and ajv-formats (so `format` is an assertion). Where ajv differs from the letter of a
 * specification (it applies `$ref` siblings in draft-07, and knows `const`/`contains`/`if` in
 * its draft-04 class), the engine follows ajv, because ajv is what the generated validators run.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Json } from './json.js';
import { isObject } from './json.js';
import { metaValid2020 } from './meta-validator.js';

const require = createRequire(import.meta.url);

/** The dialects the engine reads. */
export type Dialect = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

/** The dialect used when a schema has no `$schema`: ndd's own, 2020-12. */
export const DEFAULT_DIALECT: Dialect = '2020-12';

/** Thrown when a schema names a dialect the engine cannot read. */
export class UnknownDialectError extends Error {}

/** The dialect of a schema document, from its `$schema`. */
export function dialectOf(schema: unknown): Dialect {
  if (!isObject(schema) || typeof schema.$schema !== 'string') return DEFAULT_DIALECT;
  const uri = schema.$schema.replace(/^https?:\/\//, '').replace(/#?$/, '');
  if (/^json-schema\.org\/draft-04\/schema$/.test(uri)) return 'draft-04';
  if (/^json-schema\.org\/draft-06\/schema$/.test(uri)) return 'draft-06';
  if (/^json-schema\.org\/draft-07\/schema$/.test(uri)) return 'draft-07';
  if (/^json-schema\.org\/draft\/2019-09\/schema$/.test(uri)) return '2019-09';
  if (/^json-schema\.org\/draft\/2020-12\/schema$/.test(uri)) return '2020-12';
  throw new UnknownDialectError(`unknown $schema "${schema.$schema}"`);
}

/** Minimal view of an ajv instance, as the engine uses it. */
export interface AjvLike {
  compile(schema: unknown): ValidateFunction;
  addSchema(schema: unknown, key?: string): unknown;
  addMetaSchema(schema: unknown): unknown;
  removeKeyword(keyword: string): unknown;
  removeSchema(schema?: unknown): unknown;
  validateSchema(schema: unknown): boolean | Promise<unknown>;
}

type AjvCtor = new (opts: Record<string, unknown>) => AjvLike;

function ctor(mod: unknown): AjvCtor {
  const m = mod as { default?: unknown };
  return (m.default ?? m) as AjvCtor;
}

/** A fresh ajv instance for a dialect, configured as the reference validator. */
export function createAjv(dialect: Dialect, overrides: Record<string, unknown> = {}): AjvLike {
  // validateSchema off: ajv compiles what it understands, e.g. `enum: []` (the empty set), instead
  // of refusing the document, and no compile pays for a meta-validation nobody reads (the split
  // oracle asks for one explicitly; the registry loader meta-validates dictionary files).
  // The oracle compiles many schemas and runs each on a few hundred instances at most, so compile
  // time is what counts: no codegen optimisation pass, and each referenced schema compiled once
  // instead of inlined at every use. Neither changes what is valid.
  // A `required` list longer than 20 names is checked in a loop rather than one statement per name
  // (ajv's `loopRequired`, same meaning): an entity's shell lists a hundred names or more, and
  // generating and compiling that code cost more than the few hundred validations it serves.
  const opts = { strict: false, logger: false, validateFormats: true, allErrors: false, validateSchema: false, inlineRefs: false, code: { optimize: false }, loopRequired: 20, ...overrides };
  let Ctor: AjvCtor;
  switch (dialect) {
    case 'draft-04':
      Ctor = ctor(require('ajv-draft-04'));
      break;
    case '2019-09':
      Ctor = ctor(require('ajv/dist/2019.js'));
      break;
    case '2020-12':
      Ctor = ctor(require('ajv/dist/2020.js'));
      break;
    default:
      Ctor = ctor(require('ajv'));
  }
  const ajv = new Ctor(opts);
  if (dialect === 'draft-06') {
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Json);
  }
  const addFormats = ctor(require('ajv-formats')) as unknown as (a: AjvLike) => void;
  addFormats(ajv);
  // draft-04's `id` is an unknown keyword (an annotation) in later drafts, but ajv refuses it.
  if (dialect !== 'draft-04') ajv.removeKeyword('id');
  return ajv;
}

let formatTable: Readonly<Record<string, unknown>> | undefined;

/**
 * The format table of every reference validator: what ajv-formats' plugin installs in
 * {@link createAjv} (each of its full formats under its own name, the objects themselves). The
 * leaves judged without ajv (oracle/leaf.ts) read it without making an ajv instance; the leaf
 * tests check that it is each dialect's instance's own table.
 */
export function referenceFormats(): Readonly<Record<string, unknown>> {
  return (formatTable ??= (require('ajv-formats/dist/formats.js') as { fullFormats: Record<string, unknown> }).fullFormats);
}

const shared = new Map<Dialect, AjvLike>();

/**
 * Compiles a schema with a shared per-dialect reference validator. The schema is removed from the
 * instance right after compiling (the returned function stays valid), so documents with the same
 * `$id` never collide and memory does not grow.
 */
export function compileWith(dialect: Dialect, schema: unknown): ValidateFunction {
  const ajv = sharedAjv(dialect);
  try {
    return ajv.compile(schema);
  } finally {
    ajv.removeSchema();
    // ajv keeps some values of every compile (patterns, among others) for the instance's life:
    // a long-lived process comparing ever new schemas gets a fresh instance now and then.
    if ((compiles.set(dialect, (compiles.get(dialect) ?? 0) + 1).get(dialect) ?? 0) >= RECYCLE_AFTER) {
      shared.delete(dialect);
      compiles.delete(dialect);
    }
  }
}

const compiles = new Map<Dialect, number>();
const RECYCLE_AFTER = 2_000;

function sharedAjv(dialect: Dialect): AjvLike {
  let ajv = shared.get(dialect);
  if (ajv === undefined) shared.set(dialect, (ajv = createAjv(dialect)));
  return ajv;
}

/** True when `schema` is valid against its dialect's meta-schema (ajv's own meta-validation). */
export function metaValidWith(dialect: Dialect, schema: unknown): boolean {
  if (dialect === '2020-12') return metaValid2020(schema);
  try {
    return sharedAjv(dialect).validateSchema(schema) === true;
  } catch {
    return false;
  }
}
