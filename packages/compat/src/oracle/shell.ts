/**
 * Shells judged without ajv. A split object's shell is `type`, `required` and the property
 * counts; a split array's is `type` and the item counts. A dictionary check meets hundreds of
 * distinct shells (one per entity: their `required` lists differ), and compiling each costs ajv
 * a code generation and a `new Function` for what is a handful of comparisons.
 *
 * The shell forms taken here mean the same in every dialect ajv reads, so they are judged by the
 * leaf judge (oracle/leaf.ts) as 2020-12: `type` `object` or `array` (or none), `required`
 * without names `Object.prototype` has, counts that are non-negative integers, and `uniqueItems`
 * (a shell has no `items`, so ajv compares every pair with its deep equality). Anything else goes
 * to ajv, which then judges or refuses it as it would in the whole document. oracle.test.ts
 * checks these shells against ajv.
 */
import type { Json, JsonObject } from '../json.js';
import { leafOracle, type LeafContext } from './leaf.js';
import type { Oracle } from './store.js';

const count = (v: Json | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The oracle of a shell judged by hand, or undefined when ajv must judge it. */
export function shellOracle(shell: JsonObject): Oracle | undefined {
  for (const k of Object.keys(shell)) if (!HANDLED.has(k)) return undefined;
  const { type, minProperties, maxProperties, minItems, maxItems, uniqueItems } = shell;
  if (type !== undefined && type !== 'object' && type !== 'array') return undefined;
  for (const n of [minProperties, maxProperties, minItems, maxItems]) if (n !== undefined && !count(n)) return undefined;
  if (uniqueItems !== undefined && typeof uniqueItems !== 'boolean') return undefined;
  return leafOracle(shell, SHELL_CONTEXT);
}

/** A shell has no `format`: no format table is ever asked for. */
const SHELL_CONTEXT: LeafContext = { dialect: '2020-12', formats: () => ({}) };

const HANDLED: ReadonlySet<string> = new Set(['type', 'required', 'minProperties', 'maxProperties', 'minItems', 'maxItems', 'uniqueItems']);
