/**
 * The two keywords the generator compiles itself, in place of ajv's.
 *
 * - `$ref` to another dictionary schema's root becomes a call of that schema's validator,
 *   imported from its own module: a shared definition is compiled once and imported, never
 *   copied. Every other `$ref` (inside the file, recursion, a fragment of another file) is left
 *   to ajv.
 * - `enum` of a code list (`enum` + `x-codes`) becomes one hash lookup in a code table that also
 *   knows each code's validity dates (`asOf` option); a long enum of plain values becomes a
 *   `Set`; a short one stays ajv's chain of comparisons, the fastest for a handful of values.
 */
import type { CodeKeywordDefinition, KeywordCxt } from 'ajv';
import type { JsonObject, JsonValue } from '@ndd/registry';
import { N, Name, _, callValidateCode, nativeRef, stringify, useFunc, ajvEqual, type Code } from './ajv-internals.js';
import { isLabelOf, type LabelEntry } from './labels.js';

/** What the keywords need from the module being compiled. */
export interface KeywordContext {
  /** `$id` of the module's root schema. */
  readonly rootId: string;
  /** `$id`s of the dictionary's schemas (the dictionary's own map: a copy per module cost O(n²)). */
  readonly schemaIds: { has(id: string): boolean };
  /** Names of the imported validator and label table of another schema (recorded for the imports). */
  importOf(targetId: string): { readonly validate: string; readonly labels: string };
  /** Labels of this schema's nodes by schemaPath. */
  readonly labels: ReadonlyMap<string, LabelEntry>;
  /** Original (annotated) node of each stripped enum node that has `x-codes`. */
  readonly codeLists: ReadonlyMap<object, JsonObject>;
  /** Names of the runtime helpers the keywords use (recorded for the imports). */
  runtime(name: 'appendTagged' | 'codeTable' | 'valueTable' | 'codeStatus'): string;
  /** Records the module constant holding the code table of the node at `schemaPath`. */
  codeTable(schemaPath: string, constant: string): void;
}

/** Enums longer than this become a `Set` lookup. */
const SET_THRESHOLD = 8;
/** Enums up to this size list their values in the error params (and message). */
const LISTED_VALUES = 20;

/**
 * @param current The context of the module being compiled: the keyword is made once per Ajv,
 *   which compiles many modules (see compileStandalone).
 */
export function refKeyword(current: () => KeywordContext): CodeKeywordDefinition {
  return {
    keyword: '$ref',
    schemaType: 'string',
    code(cxt: KeywordCxt): void {
      const ctx = current();
      const target = crossSchemaTarget(cxt.schema as string, cxt.it.baseId, ctx);
      if (target === undefined) {
        nativeRef.code(cxt, 'string');
        return;
      }
      const { gen, it } = cxt;
      if (it.opts.unevaluated) {
        // The callee's evaluated properties would have to be merged at run time (ajv's
        // `addEvaluatedFrom`); until that is built, refuse rather than misjudge records.
        throw new Error('unevaluatedProperties, unevaluatedItems or $dynamicRef in a schema that references another dictionary schema is not supported yet');
      }
      const imported = ctx.importOf(target);
      const validate = new Name(imported.validate);
      // A label that is the target's own title is left to the callee's table (see LabelOf).
      const entry = ctx.labels.get(it.errSchemaPath);
      const label = isLabelOf(entry) ? undefined : entry;
      const append = new Name(ctx.runtime('appendTagged'));
      cxt.result(callValidateCode(cxt, validate, N.this), undefined, () => {
        gen.assign(
          N.vErrors,
          _`${append}(${N.vErrors}, ${validate}.errors, ${new Name(imported.labels)}, ${label ? stringify(label) : _`undefined`})`,
        );
        gen.assign(N.errors, _`${N.vErrors}.length`);
      });
    },
  };
}

/** The `$id` a `$ref` calls by import, or `undefined` when ajv should handle it. */
function crossSchemaTarget(ref: string, baseId: string, ctx: KeywordContext): string | undefined {
  let href: string;
  try {
    href = new URL(ref, baseId).href;
  } catch {
    return undefined;
  }
  const hash = href.indexOf('#');
  const base = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? '' : href.slice(hash + 1);
  if (fragment !== '' && fragment !== '/') return undefined;
  if (base === ctx.rootId || !ctx.schemaIds.has(base)) return undefined;
  return base;
}

/** @param current The context of the module being compiled (see {@link refKeyword}). */
export function enumKeyword(current: () => KeywordContext): CodeKeywordDefinition {
  return {
    keyword: 'enum',
    schemaType: 'array',
    error: {
      message: 'must be equal to one of the allowed values',
      params: ({ params }) => (params['status'] as Code | undefined) ?? (params['allowed'] ? _`{allowedValues: ${params['allowed']}}` : _`{}`),
    },
    code(cxt: KeywordCxt): void {
      const ctx = current();
      const { gen, data, it } = cxt;
      const values = cxt.schema as JsonValue[];
      if (values.length === 0) throw new Error('enum must have at least one value');
      const plain = values.every((v) => v === null || typeof v !== 'object');
      const original = ctx.codeLists.get(it.schema as object);
      if (original && plain) {
        // ajv allows only its own prefixes for module constants: `obj` it is.
        const table = gen.scopeValue('obj', { ref: {}, code: codeTableCode(values, original, ctx) });
        ctx.codeTable(it.errSchemaPath, table.str);
        const status = gen.const('status', _`${new Name(ctx.runtime('codeStatus'))}(${table}, ${data}, ${N.this})`);
        cxt.setParams({ status });
        cxt.fail(_`${status} !== null`);
        return;
      }
      if (values.length <= LISTED_VALUES) cxt.setParams({ allowed: jsonCode(values) });
      if (plain && values.length > SET_THRESHOLD) {
        const set = gen.scopeValue('obj', { ref: {}, code: _`new Set(${stringify(values)})` });
        cxt.fail(_`!${set}.has(${data})`);
        return;
      }
      let condition: Code | undefined;
      for (const value of values) {
        const test =
          value !== null && typeof value === 'object'
            ? _`${useFunc(gen, ajvEqual)}(${data}, ${jsonCode(value)})`
            : _`${data} === ${stringify(value)}`;
        condition = condition === undefined ? test : _`${condition} || ${test}`;
      }
      cxt.fail(_`!(${condition!})`);
    },
  };
}

/**
 * A JSON value as code. Objects go through `JSON.parse`: in an object literal a `"__proto__"`
 * key would set the prototype instead of making a property.
 */
function jsonCode(value: JsonValue): Code {
  return JSON.stringify(value).includes('{') ? _`JSON.parse(${JSON.stringify(value)})` : stringify(value);
}

/** `codeTable([[validFrom, validTo, "c1 c2 …"], …])`, codes grouped by validity period. */
function codeTableCode(values: readonly JsonValue[], original: JsonObject, ctx: KeywordContext): Code {
  const entries = original['x-codes'] as JsonObject;
  const groups = new Map<string, { from: string | null; to: string | null; values: JsonValue[] }>();
  for (const value of values) {
    const entry = entries[String(value)];
    const from = dateOf(entry, 'validFrom');
    const to = dateOf(entry, 'validTo');
    const key = `${from} ${to}`;
    const group = groups.get(key) ?? { from, to, values: [] };
    group.values.push(value);
    groups.set(key, group);
  }
  // Space-separated codes are compact; codes with a space (or not strings) are listed as values.
  const asText = values.every((v) => typeof v === 'string' && v !== '' && !/\s/.test(v));
  const list = [...groups.values()].map((g) => [g.from, g.to, asText ? g.values.join(' ') : g.values]);
  return _`${new Name(ctx.runtime(asText ? 'codeTable' : 'valueTable'))}(${stringify(list)})`;
}

function dateOf(entry: JsonValue | undefined, key: string): string | null {
  if (entry === null || entry === undefined || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const value = (entry as JsonObject)[key];
  return typeof value === 'string' ? value : null;
}
