/**
 * `compareSchemas`: the library entry point. Normalise both documents, walk them together, search
 * and verify counterexamples, then derive the verdict and the bump.
 */
import { dialectOf } from './dialect.js';
import { compileOracle, type OracleOptions } from './oracle.js';
import { holdsEmptyEnum } from './oracle/facts.js';
import { isObject, jsonEqual, pointerTokens, type Json } from './json.js';
import { normaliseDocument, type NormalDoc } from './normalise.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import type { Bump, Change, CompatReport, Counterexample, Effect, Mode, RawChange } from './types.js';
import { Walker } from './walker.js';
import { WitnessSearch } from './witness.js';

/** Options of {@link compareSchemas}. */
export interface CompareOptions {
  /** The compatibility mode to judge; default `BACKWARD`. */
  readonly mode?: Mode;
}

/** Thrown when a schema cannot be compiled by the reference validator. */
export class SchemaLoadError extends Error {
  constructor(
    readonly side: 'old' | 'new',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Compares two JSON Schemas under pure instance-set semantics.
 *
 * BACKWARD: every instance valid under `oldSchema` is valid under `newSchema`; FORWARD: the
 * reverse; FULL: both; NONE: no check. Each change carries its effect in both directions;
 * `breaking` always comes with a counterexample verified by ajv, and anything the engine cannot
 * prove is `undecided` (which counts as not compatible).
 *
 * @throws {SchemaLoadError} when a schema is not a valid schema of its dialect.
 */
export function compareSchemas(oldSchema: unknown, newSchema: unknown, options: CompareOptions = {}): CompatReport {
  const mode = options.mode ?? 'BACKWARD';
  const oldJson = oldSchema as Json;
  const newJson = newSchema as Json;
  const validOld = compileOriginal(oldJson, 'old');
  const validNew = compileOriginal(newJson, 'new');
  if (jsonEqual(oldJson, newJson)) return { mode, compatible: true, bump: 'none', changes: [] };

  const oldDoc = normaliseDocument(oldJson, dialectOf(oldJson));
  const newDoc = normaliseDocument(newJson, dialectOf(newJson));
  const walker = new Walker(oldDoc, newDoc, { rules: RULES });
  let raw: RawChange[];
  const unsupported = oldDoc.unsupported ?? newDoc.unsupported;
  if (unsupported !== undefined) {
    raw = [{ rule: 'unsupported-schema-feature', message: `Not analysed: ${unsupported}.`, backward: 'breaking', forward: 'breaking', oldPtr: '', newPtr: '', path: [], why: unsupported }];
  } else {
    raw = walker.run();
  }
  raw.push(...rootChanges(oldJson, newJson));
  if (raw.length === 0) raw.push({ rule: 'equivalent-rewrite', message: 'The documents differ but normalise to the same schema.', backward: 'ok', forward: 'ok', oldPtr: '', newPtr: '', path: [] });

  const search = new WitnessSearch({
    validOld,
    validNew,
    oldRoot: oldDoc.root,
    newRoot: newDoc.root,
    deref: (n) => walker.deref(n, '').node,
    // A normalised root accepts exactly what its original accepts: reuse the compiled original.
    validLocal: (n, x) => (n === oldDoc.root ? validOld(x) : n === newDoc.root ? validNew(x) : walker.validLocal(n, x)),
  });
  const witnesses = new Map<RawChange, { backward?: Json; forward?: Json }>();
  for (const c of raw) {
    const w: { backward?: Json; forward?: Json } = {};
    for (const dir of ['backward', 'forward'] as const) {
      if (c[dir] !== 'breaking') continue;
      const x = search.find(c, dir);
      if (x === undefined) {
        c[dir] = 'undecided';
        c.why ??= 'no counterexample could be found and verified';
      } else w[dir] = x;
    }
    witnesses.set(c, w);
  }
  // Safety net: a direction the analysis calls compatible must survive sampling.
  for (const dir of ['backward', 'forward'] as const) {
    if (raw.some((c) => c[dir] !== 'ok')) continue;
    const x = search.sample(dir);
    if (x !== undefined) {
      const c: RawChange = { rule: 'sampled-counterexample', message: 'A sampled instance contradicts the structural analysis.', backward: dir === 'backward' ? 'breaking' : 'ok', forward: dir === 'forward' ? 'breaking' : 'ok', oldPtr: '', newPtr: '', path: [] };
      raw.push(c);
      witnesses.set(c, { [dir]: x });
    }
  }

  const changes = dedupe(raw.map((c) => toPublic(c, witnesses.get(c) ?? {}, mode, oldDoc, newDoc)));
  const compatible = isCompatible(changes, mode);
  return { mode, compatible, bump: deriveBump(changes, compatible), changes };
}

/**
 * Compiled reference validators by schema object: callers that compare one schema with several
 * others (the dictionary check judges both directions of a pair) compile it once. Schemas are
 * treated as immutable, as everywhere in ndd.
 */
const compiled = new WeakMap<object, (x: Json) => boolean>();

/**
 * The reference validator the engine verifies counterexamples with: ajv, in the schema's own
 * dialect, compiled once per schema object (and, for wide object schemas, property by property
 * on first use). Never throws on an instance.
 *
 * @throws {SchemaLoadError} when the schema is not a valid schema of its dialect.
 */
export function referenceValidator(schema: unknown, options: OracleOptions = {}): (instance: unknown) => boolean {
  return compileOriginal(schema as Json, 'old', options) as (instance: unknown) => boolean;
}

function compileOriginal(schema: Json, side: 'old' | 'new', options: OracleOptions = {}): (x: Json) => boolean {
  if (typeof schema !== 'boolean' && !isObject(schema)) throw new SchemaLoadError(side, `the ${side} schema is not a JSON object or boolean`);
  const known = isObject(schema) ? compiled.get(schema) : undefined;
  if (known) return known;
  const refused = (e: unknown): SchemaLoadError => new SchemaLoadError(side, `the ${side} schema is not a valid schema: ${(e as Error).message}`);
  try {
    const oracle = compileOracle(emptyEnumShim(schema), dialectOf(schema), options);
    // A part compiled on first use may still be refused: that is a load error, whenever it shows.
    const validate = (x: Json): boolean => {
      try {
        return oracle(x);
      } catch (e) {
        throw refused(e);
      }
    };
    if (isObject(schema)) compiled.set(schema, validate);
    return validate;
  } catch (e) {
    throw refused(e);
  }
}

function rootChanges(a: Json, b: Json): RawChange[] {
  const out: RawChange[] = [];
  const get = (s: Json, k: string): Json | undefined => (isObject(s) ? s[k] : undefined);
  const mk = (rule: string, message: string): RawChange => ({ rule, message, backward: 'ok', forward: 'ok', oldPtr: '', newPtr: '', path: [] });
  if (!jsonEqual(get(a, '$schema') ?? null, get(b, '$schema') ?? null)) out.push(mk('schema-dialect-changed', `$schema changed from ${JSON.stringify(get(a, '$schema') ?? null)} to ${JSON.stringify(get(b, '$schema') ?? null)}.`));
  if (!jsonEqual(get(a, '$id') ?? null, get(b, '$id') ?? null)) out.push(mk('id-changed', `$id changed from ${JSON.stringify(get(a, '$id') ?? null)} to ${JSON.stringify(get(b, '$id') ?? null)}.`));
  return out;
}

/** The original pointer for a normalised one: the longest known prefix, translated. */
function originalPointer(doc: NormalDoc, ptr: string): string {
  const tokens = pointerTokens(ptr);
  for (let n = tokens.length; n >= 0; n--) {
    const prefix = tokens.slice(0, n).map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    const orig = doc.originalPointers.get(prefix);
    if (orig !== undefined) return orig + tokens.slice(n).map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  }
  return ptr;
}

function toPublic(c: RawChange, w: { backward?: Json; forward?: Json }, mode: Mode, oldDoc: NormalDoc, newDoc: NormalDoc): Change {
  const removed = c.rule.endsWith('-removed') && c.newPtr === c.oldPtr ? false : c.rule.endsWith('-removed');
  const pointer = removed ? originalPointer(oldDoc, c.oldPtr) : originalPointer(newDoc, c.newPtr);
  const prefer: ('backward' | 'forward')[] = mode === 'FORWARD' ? ['forward', 'backward'] : ['backward', 'forward'];
  let counterexample: Counterexample | undefined;
  for (const dir of prefer) {
    const x = w[dir];
    if (x !== undefined && (mode !== 'BACKWARD' || dir === 'backward') && (mode !== 'FORWARD' || dir === 'forward')) {
      counterexample = dir === 'backward' ? { instance: x, validUnder: 'old', invalidUnder: 'new' } : { instance: x, validUnder: 'new', invalidUnder: 'old' };
      break;
    }
  }
  const why = c.why !== undefined && (c.backward === 'undecided' || c.forward === 'undecided') ? ` (undecided: ${c.why})` : '';
  return { rule: c.rule, pointer, message: c.message + why, backward: c.backward, forward: c.forward, ...(counterexample ? { counterexample } : {}) };
}

function dedupe(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const k = `${c.rule}\u0000${c.pointer}\u0000${c.message}\u0000${c.backward}\u0000${c.forward}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The directions a mode checks. */
export function directionsOf(mode: Mode): ('backward' | 'forward')[] {
  return mode === 'BACKWARD' ? ['backward'] : mode === 'FORWARD' ? ['forward'] : mode === 'FULL' ? ['backward', 'forward'] : [];
}

function isCompatible(changes: readonly Change[], mode: Mode): boolean {
  return directionsOf(mode).every((d) => changes.every((c) => c[d] === 'ok'));
}

/**
 * The bump: `none` when the documents are identical; `patch` when every change is an annotation or
 * the instance set is provably unchanged (every change `ok` both ways); `minor` when compatible
 * under the mode (NONE: always) but the set changed; `major` otherwise.
 */
export function deriveBump(changes: readonly Change[], compatible: boolean): Bump {
  if (changes.length === 0) return 'none';
  const effects: Effect[] = changes.flatMap((c) => [c.backward, c.forward]);
  if (effects.every((e) => e === 'ok')) return 'patch';
  if (changes.every((c) => RULES_BY_ID.get(c.rule)?.categories.includes('ANNOTATION'))) return 'patch';
  return compatible ? 'minor' : 'major';
}

/**
 * ajv refuses `enum: []`, which denotes the empty set; the oracle compiles the equivalent
 * `not: {}` instead (in a copy). Only schema positions are rewritten: the values of `const`,
 * `enum`, `default` and `examples` are data, and an object there shaped like `{"enum": []}` is
 * a value to compare instances with, left as it is (a map keyword's members, such as a property
 * named `const`, are schemas).
 */
function emptyEnumShim(schema: Json): Json {
  return holdsEmptyEnum(schema) ? shim(schema) : schema;
}

/** Keywords whose value is data, never a schema. */
const DATA_KEYWORDS: ReadonlySet<string> = new Set(['const', 'enum', 'default', 'examples']);
/** Keywords whose value maps names (any names, `const` included) to schemas. */
const NAMED_SCHEMAS: ReadonlySet<string> = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependencies', '$defs', 'definitions']);

function shim(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(shim);
  if (!isObject(schema)) return schema;
  // Built with fromEntries: a member named `__proto__` stays a member.
  const out: { [k: string]: Json } = Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, DATA_KEYWORDS.has(k) ? v : NAMED_SCHEMAS.has(k) && isObject(v) ? Object.fromEntries(Object.entries(v).map(([name, s]) => [name, shim(s)])) : shim(v)]),
  );
  if (Array.isArray(out.enum) && out.enum.length === 0) {
    delete out.enum;
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), { not: {} }];
  }
  return out;
}
