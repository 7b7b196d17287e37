/**
 * Shells judged without ajv. A split object's shell is `type`, `required` and the property
 * counts; a split array's is `type` and the item counts. A dictionary check meets hundreds of
 * distinct shells (one per entity: their `required` lists differ), and compiling each costs ajv
 * a code generation and a `new Function` for what is a handful of comparisons. So the common,
 * exactly known forms are judged here, as the code ajv generates for them judges:
 *
 * - `type: "object"` is `x && typeof x == "object" && !Array.isArray(x)`; `type: "array"` is
 *   `Array.isArray(x)`; no `type` asserts nothing. Other types (number semantics depend on ajv's
 *   options) go to ajv.
 * - `required`, `minProperties`, `maxProperties` apply to objects only: a name is present when
 *   `x[name] !== undefined`, counts are `Object.keys(x).length`. A name `Object.prototype` has
 *   (`constructor`, `__proto__`…) goes to ajv, which reads it through the prototype.
 * - `minItems`, `maxItems` apply to arrays only (`x.length`); `uniqueItems: true` compares every
 *   pair of items with ajv's own deep equality (oracle/leaf.ts), `false` asserts nothing.
 *
 * Any value of another shape (a count that is not a non-negative integer, a name that is not a
 * string) goes to ajv too, which then judges or refuses it as it would in the whole document.
 * oracle.test.ts checks these shells against ajv.
 */
import { isObject, type Json, type JsonObject } from '../json.js';
import { uniqueItemsCheck } from './leaf.js';
import type { Oracle } from './store.js';

const count = (v: Json | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The oracle of a shell judged by hand, or undefined when ajv must judge it. */
export function shellOracle(shell: JsonObject): Oracle | undefined {
  for (const k of Object.keys(shell)) if (!HANDLED.has(k)) return undefined;
  const { type, required, minProperties, maxProperties, minItems, maxItems, uniqueItems } = shell;
  if (type !== undefined && type !== 'object' && type !== 'array') return undefined;
  if (required !== undefined && !(Array.isArray(required) && required.every((n) => typeof n === 'string' && !(n in Object.prototype)))) return undefined;
  for (const n of [minProperties, maxProperties, minItems, maxItems]) if (n !== undefined && !count(n)) return undefined;
  if (uniqueItems !== undefined && typeof uniqueItems !== 'boolean') return undefined;
  // A shell has no `items`: ajv compares every pair of items with its deep equality.
  const unique = uniqueItems === true ? uniqueItemsCheck([]) : undefined;
  const names = (required ?? []) as readonly string[];
  const minP = (minProperties ?? 0) as number;
  const maxP = (maxProperties ?? Infinity) as number;
  const minI = (minItems ?? 0) as number;
  const maxI = (maxItems ?? Infinity) as number;
  const countsProperties = minP > 0 || maxP !== Infinity;
  return (x) => {
    if (type === 'object' && !isObject(x)) return false;
    if (type === 'array' && !Array.isArray(x)) return false;
    if (isObject(x)) {
      for (const n of names) if (x[n] === undefined) return false;
      if (countsProperties) {
        const size = Object.keys(x).length;
        if (size < minP || size > maxP) return false;
      }
    } else if (Array.isArray(x)) {
      if (x.length < minI || x.length > maxI) return false;
      if (unique !== undefined && !unique(x)) return false;
    }
    return true;
  };
}

const HANDLED: ReadonlySet<string> = new Set(['type', 'required', 'minProperties', 'maxProperties', 'minItems', 'maxItems', 'uniqueItems']);
