/**
 * Normalisation: one document in any supported dialect → an equivalent 2020-12 document in a
 * canonical form, so that refactorings (a definition moved, an enum reordered, `type` arrays
 * versus `anyOf`, draft-07 `items` arrays, `dependencies`) are not reported as changes.
 *
 * Every step here must preserve the instance set exactly under ajv's semantics (the property test
 * checks that the normalised document accepts exactly what the original accepts). Local `$ref`s
 * are rewritten to absolute `urn:ndd:doc-N#…` references, so that any node of the normalised
 * document can be compiled on its own by an ajv instance that knows the document.
 */
import type { Dialect } from './dialect.js';
import { canonical, isObject, jsonEqual, pointerJoin, type Json, type JsonObject } from './json.js';
import { ARRAY_KEYWORDS, NUMBER_KEYWORDS, OBJECT_KEYWORDS, STRING_KEYWORDS, NUMBER_FORMATS, KNOWN_FORMATS } from './keywords.js';
import { mergeAllOf } from './merge.js';
import { patternIsUniversal } from './regex.js';

/** A normalised schema document. */
export interface NormalDoc {
  /** Absolute id under which the normalised root is registered (`urn:ndd:doc-N`). */
  readonly id: string;
  readonly dialect: Dialect;
  /** The normalised root. */
  readonly root: Json;
  /** Normalised pointer → pointer in the original document, for every schema node that has one. */
  readonly originalPointers: ReadonlyMap<string, string>;
  /** Why this document cannot be analysed (nested `$id` with references, dynamic references), if so. */
  readonly unsupported?: string;
}

let docCounter = 0;

// Keyword sets of the walks below (sets, not array literals: these run once per keyword of a
// document, and a cold process runs them uncompiled, allocating each literal every time).
/** Keywords whose values hold no subschema (for the pointer index). */
const NOT_INDEXED: ReadonlySet<string> = new Set(['enum', 'const', 'examples', 'default', 'required', 'type', 'dependentRequired']);
/** Keywords whose values are data, not schemas. */
const SUBSCHEMA_KEYWORDS: ReadonlySet<string> = new Set(['additionalProperties', 'propertyNames', 'items', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems']);
const SUBSCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
const SUBSCHEMA_ARRAY_KEYWORDS: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose values `convert` descends into (the pointer of the keyword is built for them only). */
const HOLDS_SUBSCHEMAS: ReadonlySet<string> = new Set([...SUBSCHEMA_KEYWORDS, ...SUBSCHEMA_MAP_KEYWORDS, ...SUBSCHEMA_ARRAY_KEYWORDS, 'dependencies']);

const PRE_2020: ReadonlySet<Dialect> = new Set(['draft-04', 'draft-06', 'draft-07', '2019-09']);
const PRE_2019: ReadonlySet<Dialect> = new Set(['draft-04', 'draft-06', 'draft-07']);

/** Normalises a whole document. */
export function normaliseDocument(original: Json, dialect: Dialect): NormalDoc {
  const id = `urn:ndd:doc-${++docCounter}`;
  const rootId =
    isObject(original) && typeof original.$id === 'string'
      ? original.$id.replace(/#$/, '')
      : isObject(original) && dialect === 'draft-04' && typeof original.id === 'string'
        ? original.id.replace(/#$/, '')
        : undefined;
  const st: State = { dialect, origOf: new WeakMap(), nodeAt: new Map(), finished: new WeakMap(), convertedOf: new WeakMap(), nestedIds: false, dynamic: false, protoName: false, refCount: 0 };
  const converted = convert(original, '', st, true);
  const root = finish(converted, st);
  let unresolvable = false;
  // Rewrite local references to absolute ones, pointing at the finished form of their target.
  // A target that normalisation merged away is re-homed under $defs (it is equivalent there).
  const homes = new Map<Json, string>();
  const ptrOf = new Map<Json, string>();
  const originalPointers = new Map<string, string>();
  const pending: JsonObject[] = [];
  const seen = new Set<Json>();
  // One walk gives each node its first pointer and finds the `$ref`s to rewrite. A node met
  // again (normalisation shares subtrees) already has its pointer, and so has everything below it.
  const index = (node: Json, ptr: string): void => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    if (!ptrOf.has(node)) ptrOf.set(node, ptr);
    if (typeof node.$ref === 'string') pending.push(node);
    for (const k of Object.keys(node)) {
      if (NOT_INDEXED.has(k) || k.startsWith('x-')) continue;
      const v = node[k];
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) index(v[i] as Json, pointerJoin(ptr, k, i));
      else if (isObject(v)) index(v, pointerJoin(ptr, k));
    }
  };
  index(root, '');
  while (pending.length > 0) {
    const holder = pending.pop() as JsonObject;
    const ref = holder.$ref as string;
    if (ref.startsWith('urn:ndd:')) continue;
    const frag = localFragment(ref, rootId);
    if (frag === undefined) {
      unresolvable = true;
      continue;
    }
    if (!(frag === '' || frag.startsWith('/'))) {
      holder.$ref = `${id}#${frag}`; // plain-name anchor
      continue;
    }
    const target = st.nodeAt.get(decodeFragment(frag));
    if (target === undefined) {
      unresolvable = true;
      continue;
    }
    const fin = isObject(target) ? (st.finished.get(target) ?? target) : target;
    let ptr = isObject(fin) ? ptrOf.get(fin) : undefined;
    if (ptr === undefined) {
      ptr = homes.get(fin);
      if (ptr === undefined && isObject(root)) {
        const name = `ndd-ref-${++st.refCount}`;
        const defs = (isObject(root.$defs) ? root.$defs : (root.$defs = {})) as JsonObject;
        defs[name] = fin;
        ptr = pointerJoin('', '$defs', name);
        homes.set(fin, ptr);
        index(fin, ptr);
      }
    }
    if (ptr === undefined) {
      unresolvable = true;
      continue;
    }
    holder.$ref = `${id}#${encodeURI(ptr).replace(/#/g, '%23')}`;
  }
  for (const [node, ptr] of ptrOf) {
    const conv = st.convertedOf!.get(node as JsonObject);
    const op = conv !== undefined ? st.origOf.get(conv) : undefined;
    if (op !== undefined) originalPointers.set(ptr, op);
  }
  let unsupported: string | undefined;
  if (st.dynamic) unsupported = 'the schema uses $dynamicRef/$recursiveRef, which the engine does not analyse';
  else if (st.protoName) unsupported = 'the schema names a property "__proto__", which ajv (the reference validator) ignores and the JSON Schema specification does not, so no verdict is sound for both';
  else if (st.nestedIds && st.refSeen === true) unsupported = 'the schema combines nested $id with $ref, which the engine does not analyse';
  else if (unresolvable) unsupported = 'the schema has a $ref the engine cannot resolve inside the document';
  return { id, dialect, root, originalPointers, ...(unsupported ? { unsupported } : {}) };
}

interface State {
  dialect: Dialect;
  /** converted node → original pointer */
  origOf: WeakMap<JsonObject, string>;
  /** original pointer → converted node */
  nodeAt: Map<string, Json>;
  /** converted node → finished node */
  finished: WeakMap<JsonObject, Json>;
  /** finished node → converted node */
  convertedOf?: WeakMap<JsonObject, JsonObject>;
  nestedIds: boolean;
  /** A member named `__proto__` in a keyword that names properties (see {@link namesProto}). */
  protoName: boolean;
  dynamic: boolean;
  refSeen?: boolean;
  refCount: number;
}

function decodeFragment(frag: string): string {
  try {
    return decodeURIComponent(frag);
  } catch {
    return frag;
  }
}

/** The fragment of a reference into this document, or undefined for a reference elsewhere. */
function localFragment(ref: string, rootId: string | undefined): string | undefined {
  const hash = ref.indexOf('#');
  const base = hash < 0 ? ref : ref.slice(0, hash);
  const frag = hash < 0 ? '' : ref.slice(hash + 1);
  if (base === '' || (rootId !== undefined && base === rootId)) return frag;
  return undefined;
}

/** Keywords whose member names, or whose values, are property names of instances. */
const NAMING_MAPS = ['properties', 'patternProperties', 'dependentSchemas', 'dependentRequired', 'dependencies'] as const;

/**
 * Whether a schema object names a property `__proto__` (as a member of a map keyword, or in
 * `required` or `dependentRequired`). ajv skips such properties (measured: `properties` and
 * `required` on `"__proto__"` accept anything), the specification does not; a verdict on such a
 * schema is left undecided rather than sound for one of them only.
 */
function namesProto(s: JsonObject): boolean {
  for (const k of NAMING_MAPS) {
    const v = s[k];
    if (!isObject(v)) continue;
    if (Object.hasOwn(v, '__proto__')) return true;
    if (k === 'dependentRequired' || k === 'dependencies') for (const dep of Object.values(v)) if (Array.isArray(dep) && dep.includes('__proto__')) return true;
  }
  return Array.isArray(s.required) && s.required.includes('__proto__');
}

/** Converts one schema (object or boolean) at original pointer `op` to normalised pointer `np`. */
function convert(schema: Json, op: string, st: State, isRoot = false): Json {
  if (!isObject(schema)) {
    st.nodeAt.set(op, schema); // a boolean schema (anything else, ajv would have rejected)
    return schema;
  }
  const s: JsonObject = { ...schema };
  const d = st.dialect;

  if (!isRoot && (typeof s.$id === 'string' || (d === 'draft-04' && typeof s.id === 'string'))) st.nestedIds = true;
  if ('$dynamicRef' in s || '$recursiveRef' in s) st.dynamic = true;
  if (namesProto(s)) st.protoName = true;
  if (d === 'draft-04') delete s.id; // draft-04's id only sets a base URI
  delete s.$schema;
  delete s.$id;

  // Keywords the dialect's ajv class does not know are annotations there.
  if (PRE_2019.has(d)) {
    for (const k of ['dependentRequired', 'dependentSchemas', 'prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'minContains', 'maxContains', '$defs-ignored']) delete s[k];
  }
  if (d === '2019-09') delete s.prefixItems;
  if (d === '2020-12') delete s.additionalItems;

  // draft-04 boolean exclusive bounds.
  if (d === 'draft-04') {
    for (const [ex, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof s[ex] === 'boolean') {
        if (s[ex] === true && typeof s[bound] === 'number') {
          s[ex] = s[bound];
          delete s[bound];
        } else delete s[ex];
      }
    }
  }

  const out: JsonObject = {};
  for (const [k, v] of Object.entries(s)) {
    const kop = HOLDS_SUBSCHEMAS.has(k) ? pointerJoin(op, k) : ''; // only those keywords use it
    switch (k) {
      case 'additionalProperties':
      case 'propertyNames':
      case 'contains':
      case 'not':
      case 'if':
      case 'then':
      case 'else':
      case 'unevaluatedProperties':
      case 'unevaluatedItems':
        out[k] = convert(v, kop, st);
        break;
      case 'items':
        if (Array.isArray(v) && PRE_2020.has(d)) {
          out.prefixItems = v.map((x, i) => convert(x, pointerJoin(kop, i), st));
          if (s.additionalItems !== undefined) out.items = convert(s.additionalItems, pointerJoin(op, 'additionalItems'), st);
        } else if (!Array.isArray(v)) out.items = convert(v, kop, st);
        else out[k] = v;
        break;
      case 'additionalItems':
        break; // handled with items; without an items array it has no effect
      case 'properties':
      case 'patternProperties':
      case 'dependentSchemas':
      case '$defs':
      case 'definitions':
        if (isObject(v)) {
          const m: JsonObject = {};
          for (const [name, sub] of Object.entries(v)) m[name] = convert(sub, pointerJoin(kop, name), st);
          out[k] = { ...(isObject(out[k]) ? out[k] : {}), ...m };
        } else out[k] = v;
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
      case 'prefixItems':
        out[k] = Array.isArray(v) ? v.map((x, i) => convert(x, pointerJoin(kop, i), st)) : v;
        break;
      case 'dependencies':
        if (isObject(v)) {
          for (const [name, dep] of Object.entries(v)) {
            if (Array.isArray(dep)) {
              const dr = (isObject(out.dependentRequired) ? out.dependentRequired : (out.dependentRequired = {})) as JsonObject;
              dr[name] = [...new Set([...((dr[name] as string[] | undefined) ?? []), ...(dep as string[])])];
            } else {
              const ds = (isObject(out.dependentSchemas) ? out.dependentSchemas : (out.dependentSchemas = {})) as JsonObject;
              const conv = convert(dep, pointerJoin(kop, name), st);
              ds[name] = ds[name] === undefined ? conv : { allOf: [ds[name], conv] };
            }
          }
        }
        break;
      case 'dependentRequired':
        if (isObject(v)) {
          const dr = (isObject(out.dependentRequired) ? out.dependentRequired : (out.dependentRequired = {})) as JsonObject;
          for (const [name, dep] of Object.entries(v)) dr[name] = [...new Set([...((dr[name] as string[] | undefined) ?? []), ...((dep as string[]) ?? [])])];
        }
        break;
      case '$ref':
        out.$ref = v;
        break;
      default:
        out[k] = v;
    }
  }
  if (typeof out.$ref === 'string') st.refSeen = true;
  st.origOf.set(out, op);
  st.nodeAt.set(op, out);
  return out;
}

/**
 * Canonical form of every node, bottom-up: const→enum, sorted enums and type lists, keywords
 * that cannot apply to the allowed types dropped, trivial applicators removed, allOf merged
 * where that is sound.
 */
function finish(schema: Json, st: State): Json {
  if (!isObject(schema)) return schema;
  const done = st.finished.get(schema);
  if (done !== undefined) return done;
  const result = finishNode(schema, st);
  st.finished.set(schema, result);
  if (isObject(result) && !st.convertedOf!.has(result)) st.convertedOf!.set(result, schema);
  return result;
}

function finishNode(schema: JsonObject, st: State): Json {
  const s: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'enum' || k === 'const' || k === 'examples' || k === 'default' || k === 'required') s[k] = v;
    else if (SUBSCHEMA_KEYWORDS.has(k)) s[k] = finish(v, st);
    else if (SUBSCHEMA_MAP_KEYWORDS.has(k) && isObject(v)) {
      const m: JsonObject = {};
      for (const [n, sub] of Object.entries(v)) m[n] = finish(sub, st);
      s[k] = m;
    } else if (SUBSCHEMA_ARRAY_KEYWORDS.has(k) && Array.isArray(v)) s[k] = v.map((x) => finish(x, st));
    else s[k] = v;
  }
  // const → enum
  if ('const' in s) {
    const c = s.const as Json;
    s.enum = Array.isArray(s.enum) ? (s.enum as Json[]).filter((e) => jsonEqual(e, c)) : [c];
    delete s.const;
  }
  if (Array.isArray(s.enum) && s.enum.length === 0) return false; // the empty set
  if (Array.isArray(s.enum)) {
    const seen = new Map<string, Json>();
    for (const e of s.enum as Json[]) seen.set(canonical(e), e);
    s.enum = [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
  }
  if (Array.isArray(s.required)) s.required = [...new Set(s.required as string[])].sort();
  if (isObject(s.dependentRequired)) {
    const dr: JsonObject = {};
    for (const k of Object.keys(s.dependentRequired).sort()) {
      const list = [...new Set((s.dependentRequired[k] as string[]) ?? [])].sort();
      if (list.length > 0) dr[k] = list;
    }
    if (Object.keys(dr).length > 0) s.dependentRequired = dr;
    else delete s.dependentRequired;
  }
  if (typeof s.type === 'string') s.type = [s.type];
  if (Array.isArray(s.type)) {
    let t = [...new Set(s.type as string[])];
    if (t.includes('number')) t = t.filter((x) => x !== 'integer');
    s.type = t.sort();
  }
  // Trivial applicators.
  if (s.not === false) delete s.not;
  if (!('if' in s)) {
    delete s.then;
    delete s.else;
  } else if ((s.then === undefined || s.then === true) && (s.else === undefined || s.else === true)) {
    delete s.if;
    delete s.then;
    delete s.else;
  }
  if (s.then === true) delete s.then;
  if (s.else === true) delete s.else;
  if (typeof s.pattern === 'string' && patternIsUniversal(s.pattern)) delete s.pattern;
  if (s.uniqueItems === false) delete s.uniqueItems;
  if (s.minLength === 0) delete s.minLength;
  if (s.minItems === 0) delete s.minItems;
  if (s.minProperties === 0) delete s.minProperties;
  if (s.additionalProperties === true) delete s.additionalProperties;
  if (s.items === true) delete s.items;
  if (s.unevaluatedProperties === true) delete s.unevaluatedProperties;
  if (s.unevaluatedItems === true) delete s.unevaluatedItems;
  if (s.propertyNames === true) delete s.propertyNames;
  if (s.contains === undefined) {
    delete s.minContains;
    delete s.maxContains;
  }
  // A declared property whose schema is `true` constrains nothing unless something reads the
  // list of declared names (additionalProperties / unevaluatedProperties).
  if (isObject(s.properties) && !('additionalProperties' in s) && !('unevaluatedProperties' in s)) {
    const kept = Object.entries(s.properties).filter(([, v]) => v !== true);
    s.properties = Object.fromEntries(kept);
  }
  if (isObject(s.properties) && Object.keys(s.properties).length === 0) delete s.properties;
  if (isObject(s.patternProperties) && Object.keys(s.patternProperties).length === 0) delete s.patternProperties;
  if (Array.isArray(s.prefixItems) && s.prefixItems.length === 0) delete s.prefixItems;
  if (Array.isArray(s.required) && s.required.length === 0) delete s.required;
  if (typeof s.format === 'string' && !KNOWN_FORMATS.has(s.format)) {
    // ajv ignores unknown formats (strict mode off); kept so that a change is reported as undecided.
  }
  // anyOf of bare types → type list.
  if (Array.isArray(s.anyOf) && s.anyOf.length > 0 && s.anyOf.every((b) => isObject(b) && Object.keys(b).length === 1 && Array.isArray(b.type))) {
    const union = [...new Set((s.anyOf as JsonObject[]).flatMap((b) => b.type as string[]))];
    delete s.anyOf;
    const merged = mergeAllOf({ ...s, allOf: [...((s.allOf as Json[] | undefined) ?? []), { type: union }] });
    return finish(merged, st);
  }
  // Single-branch anyOf/oneOf are a conjunct.
  for (const k of ['anyOf', 'oneOf'] as const) {
    const v = s[k];
    if (Array.isArray(v) && v.length === 1) {
      delete s[k];
      s.allOf = [...((s.allOf as Json[] | undefined) ?? []), v[0] as Json];
    }
  }
  if (Array.isArray(s.allOf)) {
    const merged = mergeAllOf(s);
    if (merged !== s) return finish(merged, st);
  }
  dropInapplicable(s);
  // A schema object without keywords accepts everything.
  if (Object.keys(s).length === 0) return true;
  return s;
}

/** Removes keywords that cannot apply to any type the node allows. */
function dropInapplicable(s: JsonObject): void {
  if (!Array.isArray(s.type)) return;
  const t = new Set(s.type as string[]);
  const num = t.has('number') || t.has('integer');
  if (!num) for (const k of NUMBER_KEYWORDS) delete s[k];
  if (!t.has('string')) for (const k of STRING_KEYWORDS) delete s[k];
  if (!t.has('array')) for (const k of ARRAY_KEYWORDS) delete s[k];
  if (!t.has('object')) for (const k of OBJECT_KEYWORDS) delete s[k];
  if (typeof s.format === 'string' && KNOWN_FORMATS.has(s.format)) {
    const applies = NUMBER_FORMATS.has(s.format) ? num : t.has('string');
    if (!applies) delete s.format;
  }
}
