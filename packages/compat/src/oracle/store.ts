/**
 * The long-lived ajv instance of a dialect that compiles the parts of split documents, and the
 * reference targets those parts reach, by content id.
 *
 * A reference inside a part is not a `$ref` for ajv but the keyword `nddLazyRef: <id>`, whose
 * validation asks for the target's own oracle — itself split when the target is a plain object
 * (a shell and a part per property, each compiled on first use). So what ajv compiles follows
 * the instances validated, not the closure of the schema: validating one property of an entity
 * that reaches hundreds of others compiles that property ({@link partOracle}: a part that is a
 * lone reference is not compiled at all, an inline plain object is split in turn, an array whose
 * `items` is one schema is split into its shell and that schema, and the common shells and leaves
 * are judged without ajv, see oracle/shell.ts and oracle/leaf.ts). (A `$ref` is an in-place
 * conjunct, as the keyword is; the one thing a lazy reference cannot do — report evaluated
 * properties to `unevaluated*` — is why documents using those are never split.)
 */
import { createAjv, referenceFormats, type AjvLike, type Dialect } from '../dialect.js';
import { isObject, type Json, type JsonObject } from '../json.js';
import { leafOracle } from './leaf.js';
import { shellOracle } from './shell.js';

/** A validator that never throws (but for {@link PartRefused}). */
export type Oracle = (x: Json) => boolean;

/** ajv refused a part: the caller falls back to compiling its whole document. */
export class PartRefused extends Error {}

/** The keyword a part uses for a reference to a registered target. */
export const LAZY_REF = 'nddLazyRef';

/** One dialect's compiled parts and registered targets. */
export interface PartStore {
  readonly dialect: Dialect;
  /** Made on first use: most parts are judged without ajv, and making it costs ~5–10 ms. */
  readonly ajv: AjvLike;
  /** Target copies (references already lazy) by content id. */
  readonly targets: Map<string, Json>;
  /** Oracles of targets, made on first use. */
  readonly targetOracles: Map<string, Oracle>;
  /** Compiled parts by text. */
  readonly parts: Map<string, Oracle>;
}

const stores = new Map<Dialect, PartStore>();
/**
 * Beyond this many compiled parts (tens of kilobytes each) or registered targets a store starts
 * afresh, so that a long-lived process comparing ever new schemas stays bounded; oracles made
 * before keep working on the old store until they are dropped. A dictionary check of 5,000
 * schemas compiles about 100 parts.
 */
const PARTS_LIMIT = 2_000;
const TARGETS_LIMIT = 20_000;

/** The store of a dialect. */
export function storeOf(dialect: Dialect): PartStore {
  let store = stores.get(dialect);
  if (store === undefined || store.parts.size > PARTS_LIMIT || store.targets.size > TARGETS_LIMIT) {
    let ajv: AjvLike | undefined;
    const created: PartStore = {
      dialect,
      get ajv(): AjvLike {
        if (ajv === undefined) {
          // No meta-validation per part: the whole document was checked once.
          ajv = createAjv(dialect, { validateSchema: false });
          (ajv as unknown as { addKeyword(def: object): void }).addKeyword({
            keyword: LAZY_REF,
            schemaType: 'string',
            errors: false,
            validate: (id: string, data: Json) => targetOracle(created, id)(data),
          });
        }
        return ajv;
      },
      targets: new Map(),
      targetOracles: new Map(),
      parts: new Map(),
    };
    stores.set(dialect, (store = created));
  }
  return store;
}

/** Compiles a part (a subschema whose references are lazy), once per store and text. */
export function compilePart(store: PartStore, schema: Json): Oracle {
  const key = JSON.stringify(schema);
  let v = store.parts.get(key);
  if (v === undefined) {
    // Wrapped, so that a boolean part compiles like any schema.
    const wrapper = { allOf: [schema] };
    try {
      v = guard(store.ajv.compile(wrapper));
    } catch (e) {
      throw new PartRefused((e as Error).message);
    } finally {
      store.ajv.removeSchema(wrapper); // nothing is kept in ajv: parts are kept here
    }
    store.parts.set(key, v);
  }
  return v;
}

/** Registers a target copy under its id (once). */
export function registerTarget(store: PartStore, id: string, copy: () => Json): void {
  if (!store.targets.has(id)) store.targets.set(id, copy());
}

/** Wraps a validate function: false for anything it throws, but a refused part goes up. */
export function guard(v: (x: unknown) => unknown): Oracle {
  return (x) => {
    try {
      return v(x) === true;
    } catch (e) {
      if (e instanceof PartRefused) throw e;
      return false;
    }
  };
}

/** How many scalar answers a split object keeps per property. */
const JUDGED_PER_PROPERTY = 32;

/** What an object's shell keeps. */
const SHELL_KEYWORDS = ['type', 'required', 'minProperties', 'maxProperties'] as const;

/** Keywords a target copy may hold at its top to be validated part by part. */
const SPLITTABLE_TARGET: ReadonlySet<string> = new Set(['type', 'properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties']);

/** What an array's shell keeps. */
const ARRAY_SHELL_KEYWORDS = ['type', 'minItems', 'maxItems', 'uniqueItems'] as const;

/** Keywords an array schema may hold to be validated element by element. */
const SPLITTABLE_ARRAY: ReadonlySet<string> = new Set(['items', ...ARRAY_SHELL_KEYWORDS]);

function targetOracle(store: PartStore, id: string): Oracle {
  let oracle = store.targetOracles.get(id);
  if (oracle === undefined) {
    const target = store.targets.get(id);
    if (target === undefined) throw new PartRefused(`unknown reference target ${id}`);
    oracle = partOracle(store, target);
    store.targetOracles.set(id, oracle);
  }
  return oracle;
}

/**
 * The oracle of a part (its references already lazy). A lone lazy reference is its target's
 * oracle: ajv would run the keyword, which asks for that very oracle. A plain object schema (only
 * the keywords of a target's top, with `properties` or `additionalProperties`) is split in turn,
 * so that an inline nested object compiles only the properties instances carry. A leaf is judged
 * without ajv (oracle/leaf.ts). Anything else is compiled by ajv.
 */
export function partOracle(store: PartStore, node: Json): Oracle {
  if (isObject(node)) {
    const keys = Object.keys(node);
    const ref = node[LAZY_REF];
    if (keys.length === 1 && typeof ref === 'string') {
      let target: Oracle | undefined;
      return (x) => (target ??= targetOracle(store, ref))(x);
    }
    if (('properties' in node || 'additionalProperties' in node) && keys.every((k) => SPLITTABLE_TARGET.has(k))) {
      const split = splitObject(store, node);
      if (split !== undefined) return split;
    }
    // `items` as one schema means every element in every dialect (an array of schemas is a tuple).
    if ((isObject(node.items) || typeof node.items === 'boolean') && keys.every((k) => SPLITTABLE_ARRAY.has(k))) return splitArray(store, node);
  }
  return leafOracle(node, { dialect: store.dialect, formats: referenceFormats }) ?? compilePart(store, node);
}

/** A shell: judged by hand when it has a form the shell or leaf judge knows, else compiled. */
function shellPart(store: PartStore, shell: JsonObject): Oracle {
  return shellOracle(shell) ?? leafOracle(shell, { dialect: store.dialect, formats: referenceFormats }) ?? compilePart(store, shell);
}

/** The keywords of `schema` among `keywords`. */
function pick(schema: JsonObject, keywords: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keywords) if (k in schema) out[k] = schema[k] as Json;
  return out;
}

/**
 * An array schema whose `items` is one schema, validated as ajv would: the shell (`type` and the
 * item counts), then each element of an array instance by the part of `items` (made on first use:
 * a lone reference to an entity is that entity's split oracle).
 */
function splitArray(store: PartStore, schema: JsonObject): Oracle {
  const shellSchema = pick(schema, ARRAY_SHELL_KEYWORDS);
  // ajv decides `uniqueItems` by the item types its sibling `items` declares (oracle/leaf.ts):
  // the shell keeps them, or it would compare the items otherwise than the whole document does.
  if (schema.uniqueItems === true && isObject(schema.items)) {
    const itemTypes = pick(schema.items, ['type', 'nullable']);
    if (Object.keys(itemTypes).length > 0) shellSchema.items = itemTypes;
  }
  const shell = shellPart(store, shellSchema);
  let items: Oracle | undefined;
  return (x) => {
    if (!shell(x)) return false;
    if (!Array.isArray(x)) return true;
    for (const element of x) if (!(items ??= partOracle(store, schema.items as Json))(element)) return false;
    return true;
  };
}

/**
 * A plain object schema validated as ajv would, part by part: the shell (all but `properties`
 * and `additionalProperties`), then each own key of an object instance by its property's part or
 * by `additionalProperties`, each compiled on first use.
 */
export function splitObject(store: PartStore, schema: JsonObject, partOf: (node: Json) => Oracle = (node) => partOracle(store, node)): Oracle | undefined {
  const properties = schema.properties ?? {};
  if (!isObject(properties)) return undefined;
  // ajv reads `data.name` for each property: names an object inherits would read the prototype.
  if (Object.keys(properties).some((n) => n in Object.prototype)) return undefined;
  const { properties: _p, additionalProperties } = schema;
  // The shell asserts what the rest of the object keywords assert; identifiers and annotations
  // stay out (an `$id` would be registered in the long-lived instance).
  const shell = shellPart(store, pick(schema, SHELL_KEYWORDS));
  const parts = new Map<string, Oracle>();
  // Per property, the answers its part gave for scalar values. The witness search validates
  // hundreds of objects that differ from a few bases in one property: the other properties'
  // values are judged again and again. A part is a pure function of the value, so its answer is
  // reused (a scalar is compared by SameValueZero, so -0 is left out: 0 is not -0).
  const judged = new Map<string, Map<Json, boolean>>();
  let additional: Oracle | undefined;
  return (x) => {
    if (!shell(x)) return false;
    if (!isObject(x)) return true;
    for (const key of Object.keys(x)) {
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        const value = x[key] as Json;
        const scalar = (value === null || typeof value !== 'object') && !Object.is(value, -0);
        const known = scalar ? judged.get(key)?.get(value) : undefined;
        if (known !== undefined) {
          if (!known) return false;
          continue;
        }
        let v = parts.get(key);
        if (v === undefined) parts.set(key, (v = partOf(properties[key] as Json)));
        const valid = v(value);
        if (scalar) {
          let answers = judged.get(key);
          if (answers === undefined) judged.set(key, (answers = new Map()));
          if (answers.size < JUDGED_PER_PROPERTY) answers.set(value, valid);
        }
        if (!valid) return false;
      } else if (additionalProperties !== undefined) {
        additional ??= partOf(additionalProperties);
        if (!additional(x[key] as Json)) return false;
      }
    }
    return true;
  };
}
