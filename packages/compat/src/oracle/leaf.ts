/**
 * Leaf schemas judged without ajv. Most parts a comparison validates are a property's own
 * schema: a type with bounds, a length, a pattern, a format or a code list. Compiling each costs
 * ajv a code generation and a `new Function` (a cold CLI run spends most of its oracle time
 * there) for what is a handful of comparisons. So these forms are judged here, by the very
 * expressions ajv's generated code evaluates (ajv 8, the reference options of dialect.ts):
 *
 * - `type` (a name or a non-empty list of the seven names): `integer` is `typeof x == "number"
 *   && !(x % 1) && !isNaN(x)`, `object` is a non-null non-array object.
 * - `enum` and `const` with scalar values only: ajv's deep equality of a scalar schema value
 *   (never NaN in JSON) with any instance is `===`.
 * - On numbers: `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (numbers, as in
 *   draft-06 and later), `multipleOf` (`m === 0 || (r = x / m, r !== parseInt(r))` fails).
 * - On strings: `minLength`, `maxLength` (code points, ajv's ucs2length), `pattern` (a `u`
 *   regular expression), `format` through the instance's own format table (an unknown name
 *   asserts nothing, as with `strict: false`; a format typed `number` applies to numbers).
 * - On arrays: `items` (one schema, itself a leaf), `minItems`, `maxItems`, `uniqueItems` (see
 *   {@link uniqueItemsCheck}).
 * - On objects: `required` (a name is present when `x[name] !== undefined`), `minProperties`,
 *   `maxProperties` (`Object.keys(x).length`). These are what an object's shell keeps
 *   (oracle/shell.ts).
 * - `$ref`, when the caller can resolve it to a leaf (the walker's normalised nodes): the target's
 *   checks, in place, as 2020-12 reads a reference beside other keywords.
 * - Annotations (`title`, `description`, `examples`…, `x-*`) assert nothing.
 *
 * Anything else — another keyword, a value of another shape (ajv would refuse or read it
 * otherwise), draft-04 (boolean exclusive bounds), a pattern that does not compile, an async
 * format or a stateful (global or sticky) format expression, a format name `Object.prototype`
 * has — goes to ajv. oracle/leaf.test.ts checks leaves against ajv on generated schemas and
 * instances.
 */
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { isObject, type Json, type JsonObject } from '../json.js';
import type { Dialect } from '../dialect.js';
import type { Oracle } from './store.js';

/** ajv's own code point count (its module is CommonJS with a `default` export). */
const ucs2length = ((ucs2lengthModule as unknown as { default?: (s: string) => number }).default ?? ucs2lengthModule) as (s: string) => number;

/** ajv's deep equality (fast-deep-equal), which its `uniqueItems` code calls. */
const equal = ((equalModule as unknown as { default?: (a: unknown, b: unknown) => boolean }).default ?? equalModule) as (a: unknown, b: unknown) => boolean;

/** An ajv instance's format table (`ajv.formats`). */
export type FormatTable = Readonly<Record<string, unknown>>;

type Check = (x: Json) => boolean;

const TYPES: Readonly<Record<string, Check>> = {
  string: (x) => typeof x === 'string',
  number: (x) => typeof x == 'number',
  integer: (x) => typeof x == 'number' && !(x % 1) && !isNaN(x),
  boolean: (x) => typeof x === 'boolean',
  null: (x) => x === null,
  array: (x) => Array.isArray(x),
  object: (x) => isObject(x),
};

const ANNOTATIONS: ReadonlySet<string> = new Set(['title', 'description', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

const isNumber = (v: Json | undefined): v is number => typeof v === 'number';
/** A scalar that is not NaN (which `===` and `includes` would tell apart from ajv's equality). */
const isScalar = (v: Json): boolean => v === null || (typeof v !== 'object' && !Number.isNaN(v));

/** What judging a leaf needs to know of the place it comes from. */
export interface LeafContext {
  readonly dialect: Dialect;
  /** The format table of the ajv instance that would otherwise compile the leaf (asked only for a `format`; dialect.ts's referenceFormats). */
  readonly formats: () => FormatTable;
  /**
   * Resolves a `$ref` (an in-place conjunct, as in 2020-12) to the node it names, for leaves whose
   * references point at leaves; without it a reference goes to ajv.
   */
  readonly resolve?: (ref: string) => Json | undefined;
}

/** How deep references are followed from one leaf (a cycle of references is not a leaf). */
const MAX_REF_DEPTH = 8;

/** The oracle of a leaf schema judged by hand, or undefined when ajv must judge it. */
export function leafOracle(schema: Json, context: LeafContext, depth = 0): Oracle | undefined {
  if (typeof schema === 'boolean') return () => schema;
  if (!isObject(schema) || context.dialect === 'draft-04') return undefined;
  const { formats, resolve } = context;
  const checks: Check[] = [];
  const onNumbers: Check[] = [];
  const onStrings: Check[] = [];
  const onArrays: Check[] = [];
  const onObjects: Check[] = [];
  // Only a format function is not ours: the other checks cannot throw on a JSON value.
  let mayThrow = false;
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k) || k.startsWith('x-')) continue;
    switch (k) {
      case 'type': {
        const names = typeof v === 'string' ? [v] : Array.isArray(v) && v.length > 0 ? v : undefined;
        if (names === undefined || !names.every((n) => typeof n === 'string' && Object.hasOwn(TYPES, n))) return undefined;
        const tests = names.map((n) => TYPES[n as string] as Check);
        checks.push(tests.length === 1 ? (tests[0] as Check) : (x) => tests.some((t) => t(x)));
        break;
      }
      case 'enum': {
        if (!Array.isArray(v) || v.length === 0 || !v.every(isScalar)) return undefined;
        const values = v;
        checks.push((x) => values.includes(x));
        break;
      }
      case 'const': {
        if (!isScalar(v)) return undefined;
        checks.push((x) => x === v);
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        if (!isNumber(v)) return undefined;
        const bound = v;
        const fails: (x: number) => boolean =
          k === 'minimum' ? (x) => x < bound : k === 'maximum' ? (x) => x > bound : k === 'exclusiveMinimum' ? (x) => x <= bound : (x) => x >= bound;
        onNumbers.push((x) => !(fails(x as number) || isNaN(x as number)));
        break;
      }
      case 'multipleOf': {
        if (!isNumber(v)) return undefined;
        const m = v;
        onNumbers.push((x) => {
          const r = (x as number) / m;
          return !(m === 0 || r !== parseInt(r as unknown as string));
        });
        break;
      }
      case 'minLength':
      case 'maxLength': {
        if (!isNumber(v)) return undefined;
        const limit = v;
        onStrings.push(k === 'minLength' ? (x) => !(ucs2length(x as string) < limit) : (x) => !(ucs2length(x as string) > limit));
        break;
      }
      case 'pattern': {
        if (typeof v !== 'string') return undefined;
        let re: RegExp;
        try {
          re = new RegExp(v, 'u');
        } catch {
          return undefined;
        }
        onStrings.push((x) => re.test(x as string));
        break;
      }
      case 'format': {
        if (typeof v !== 'string') return undefined;
        const check = formatCheck(formats(), v);
        if (check === undefined) return undefined;
        if (check !== true) (check.type === 'number' ? onNumbers : onStrings).push(check.test);
        mayThrow = true;
        break;
      }
      case '$ref': {
        const target = typeof v === 'string' && resolve !== undefined && depth < MAX_REF_DEPTH ? resolve(v) : undefined;
        const referenced = target === undefined ? undefined : leafOracle(target, context, depth + 1);
        if (referenced === undefined) return undefined;
        checks.push(referenced);
        break;
      }
      case 'items': {
        const items = leafOracle(v as Json, context, depth + 1);
        if (items === undefined) return undefined;
        onArrays.push((x) => (x as Json[]).every((e) => items(e)));
        break;
      }
      case 'minItems':
      case 'maxItems': {
        if (!isNumber(v)) return undefined;
        const limit = v;
        onArrays.push(k === 'minItems' ? (x) => !((x as Json[]).length < limit) : (x) => !((x as Json[]).length > limit));
        break;
      }
      case 'required': {
        // A name `Object.prototype` has would be read through the prototype: ajv's to judge.
        if (!Array.isArray(v) || !v.every((n) => typeof n === 'string' && !(n in Object.prototype))) return undefined;
        const names = v as string[];
        onObjects.push((x) => {
          for (const n of names) if ((x as JsonObject)[n] === undefined) return false;
          return true;
        });
        break;
      }
      case 'minProperties':
      case 'maxProperties': {
        if (!isNumber(v)) return undefined;
        const limit = v;
        onObjects.push(k === 'minProperties' ? (x) => !(Object.keys(x as JsonObject).length < limit) : (x) => !(Object.keys(x as JsonObject).length > limit));
        break;
      }
      case 'uniqueItems': {
        if (typeof v !== 'boolean') return undefined;
        if (v) {
          const unique = uniqueItemsCheck(itemTypesOf(schema.items));
          if (unique === undefined) return undefined;
          onArrays.push(unique);
        }
        break;
      }
      default:
        return undefined;
    }
  }
  if (onNumbers.length > 0) checks.push((x) => typeof x != 'number' || onNumbers.every((c) => c(x)));
  if (onStrings.length > 0) checks.push((x) => typeof x !== 'string' || onStrings.every((c) => c(x)));
  if (onArrays.length > 0) checks.push((x) => !Array.isArray(x) || onArrays.every((c) => c(x)));
  if (onObjects.length > 0) checks.push((x) => !isObject(x) || onObjects.every((c) => c(x)));
  const all: Check = checks.length === 1 ? (checks[0] as Check) : (x) => {
    for (const c of checks) if (!c(x)) return false;
    return true;
  };
  if (!mayThrow) return all;
  return (x) => {
    try {
      return all(x);
    } catch {
      return false;
    }
  };
}

/** The item types ajv's `uniqueItems` reads from a sibling `items` (its getSchemaTypes); undefined for a form it would refuse. */
function itemTypesOf(items: Json | undefined): readonly string[] | undefined {
  if (!isObject(items)) return [];
  if ('nullable' in items) return undefined;
  const t = items.type;
  if (t === undefined) return [];
  const names = typeof t === 'string' ? [t] : t;
  return Array.isArray(names) && names.every((n) => typeof n === 'string' && Object.hasOwn(TYPES, n)) ? (names as string[]) : undefined;
}

/**
 * `uniqueItems: true` as ajv's generated code decides it. With scalar item types known from a
 * sibling `items`, ajv keys a plain object by each item of those types (items of other types are
 * skipped; a string gets a `_` suffix when there are several types, so that `"1"` and `1` differ),
 * quirks included (two `"__proto__"` strings are not seen as equal). Otherwise it compares every
 * pair with its deep equality.
 */
function uniqueItemsCheck(itemTypes: readonly string[] | undefined): Check | undefined {
  if (itemTypes === undefined) return undefined;
  if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) {
    const tests = itemTypes.map((t) => TYPES[t] as Check);
    const suffix = itemTypes.length > 1;
    return (x) => {
      const data = x as Json[];
      const indices: Record<string, unknown> = {};
      for (let i = data.length; i--; ) {
        let item = data[i] as Json;
        if (!tests.some((t) => t(item))) continue;
        if (suffix && typeof item == 'string') item += '_';
        const key = item as unknown as string;
        if (typeof indices[key] == 'number') return false;
        indices[key] = i;
      }
      return true;
    };
  }
  return (x) => {
    const data = x as Json[];
    for (let i = data.length; i--; ) for (let j = i; j--; ) if (equal(data[i], data[j])) return false;
    return true;
  };
}

/**
 * What a `format` asserts, as ajv's format keyword reads its table: true for nothing (an unknown
 * name under `strict: false`, or a format defined as `true`), undefined when ajv must judge it.
 */
function formatCheck(table: FormatTable, name: string): true | { type: string; test: Check } | undefined {
  if (!Object.hasOwn(table, name)) return name in Object.prototype ? undefined : true;
  const def = table[name];
  if (def === true) return true;
  let type = 'string';
  let validate: unknown = def;
  if (typeof def === 'object' && def !== null && !(def instanceof RegExp)) {
    const d = def as { type?: unknown; validate?: unknown; async?: unknown };
    if (d.async === true || (d.type !== undefined && d.type !== 'string' && d.type !== 'number')) return undefined;
    type = (d.type as string | undefined) ?? 'string';
    validate = d.validate;
  }
  if (validate instanceof RegExp) {
    // A global or sticky expression keeps state between calls: its answers depend on the calls before.
    if (validate.global || validate.sticky) return undefined;
    const re = validate;
    return { type, test: (x) => re.test(x as string) };
  }
  if (typeof validate === 'function') {
    const f = validate as (x: Json) => unknown;
    return { type, test: (x) => Boolean(f(x)) };
  }
  return undefined;
}
