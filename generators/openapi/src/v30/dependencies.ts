import type { MutableJson } from '../json.js';
import { addConjunct, type Rewrite } from './context.js';

/**
 * `dependentRequired` and `dependentSchemas` as conditionals 3.0 can state, exactly:
 * "if the object has `p`, then …" is "either it is not an object that has `p`, or …":
 * `{anyOf: [{not: {type: object, required: [p]}}, {required: [a, b]}]}` for
 * `dependentRequired: {p: [a, b]}`, and the same with the schema for `dependentSchemas`. The
 * `type: object` keeps non-objects valid, as in 2020-12. One conjunct (in `allOf`) per entry.
 */
export const rewriteDependencies: Rewrite = (node) => {
  const required = node['dependentRequired'];
  if (required !== undefined) {
    delete node['dependentRequired'];
    if (required !== null && typeof required === 'object' && !Array.isArray(required)) {
      for (const [name, needed] of Object.entries(required)) {
        if (Array.isArray(needed) && needed.length > 0) addConjunct(node, whenPresent(name, { required: needed }));
      }
    }
  }
  const schemas = node['dependentSchemas'];
  if (schemas !== undefined) {
    delete node['dependentSchemas'];
    if (schemas !== null && typeof schemas === 'object' && !Array.isArray(schemas)) {
      for (const [name, schema] of Object.entries(schemas)) addConjunct(node, whenPresent(name, schema));
    }
  }
};

function whenPresent(name: string, then: MutableJson): MutableJson {
  return { anyOf: [{ not: { type: 'object', required: [name] } }, then] };
}
