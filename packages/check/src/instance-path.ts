import type { JsonObject } from '@ndd/registry';
import { setMember } from './own-member.js';

/** A step into an instance: a property name or an array index. */
export type InstanceStep = string | number;

/** A property name no dictionary schema declares, for a step through `additionalProperties`. */
const EXTRA = 'nddExtraProperty';

/**
 * Where in an instance the subschema at `pointer` (a JSON pointer into `schema`) applies, as
 * steps: `/properties/address/properties/line` → `["address", "line"]`, `/items` → `[0]` (after
 * any `prefixItems`), `/prefixItems/2` → `[2]`; `allOf`/`anyOf`/`oneOf` members, `then` and
 * `else` apply in place. Undefined where no single place exists (`$defs`, `not`, `if`,
 * `patternProperties`, `contains`, …). Used to embed a referenced schema's counterexample.
 */
export function instancePathOf(schema: JsonObject, pointer: string): InstanceStep[] | undefined {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const steps: InstanceStep[] = [];
  let node: unknown = schema;
  for (let i = 0; i < tokens.length; i++) {
    if (!isObject(node)) return undefined;
    const key = tokens[i]!;
    switch (key) {
      case 'properties': {
        const name = tokens[++i];
        if (name === undefined) return undefined;
        steps.push(name);
        node = (node.properties as Record<string, unknown> | undefined)?.[name];
        break;
      }
      case 'items': {
        const prefix = Array.isArray(node.prefixItems) ? node.prefixItems.length : 0;
        steps.push(prefix);
        node = node.items;
        break;
      }
      case 'prefixItems': {
        const index = Number(tokens[++i]);
        if (!Number.isInteger(index)) return undefined;
        steps.push(index);
        node = (node.prefixItems as unknown[] | undefined)?.[index];
        break;
      }
      case 'additionalProperties':
        steps.push(EXTRA);
        node = node.additionalProperties;
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf': {
        const index = Number(tokens[++i]);
        node = (node[key] as unknown[] | undefined)?.[index];
        break;
      }
      case 'then':
      case 'else':
        node = node[key];
        break;
      default:
        return undefined;
    }
    if (node === undefined) return undefined;
  }
  return steps;
}

/** A copy of `base` with `value` at `path`, creating objects and arrays on the way. */
export function placeAt(base: unknown, path: readonly InstanceStep[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path as [InstanceStep, ...InstanceStep[]];
  if (typeof step === 'number') {
    const array = Array.isArray(base) ? [...(base as unknown[])] : [];
    while (array.length <= step) array.push(array.length > 0 ? array[array.length - 1] : null);
    array[step] = placeAt(array[step], rest, value);
    return array;
  }
  const object: Record<string, unknown> = isObject(base) ? { ...base } : {};
  setMember(object, step, placeAt(Object.hasOwn(object, step) ? object[step] : undefined, rest, value));
  return object;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
