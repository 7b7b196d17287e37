import type { MutableJson, MutableObject } from '../json.js';
import { addConjunct, type Rewrite } from './context.js';

/**
 * Array keywords 3.0 lacks. Runs after the subschemas were converted, so `items: false` is
 * already `{not: {}}` (exact: no item is allowed).
 *
 * - `unevaluatedItems` with no in-place applicator and no `contains` means "items after
 *   `prefixItems`" (or every item): it becomes `items`, exactly (and is dropped, exactly, when
 *   `items` is already there: then nothing is left unevaluated). Otherwise it is removed with a
 *   warning: extra items are no longer rejected.
 * - `prefixItems` → `items: {anyOf: [positional schemas…, items]}` and, when no further item is
 *   allowed, `maxItems` = the tuple's length. A loosening (each item is checked against any
 *   position, not its own), reported as a warning.
 * - `contains: C` → `not: {type: array, items: {not: C}}` ("not every item fails C"), exact;
 *   `minContains: 0` makes `contains` vacuous (dropped, exact); `minContains` > 1 and
 *   `maxContains` are loosened to "at least one", with a warning.
 */
export const rewriteArrays: Rewrite = (node, pointer, cx, facts) => {
  if ('unevaluatedItems' in node) {
    const unevaluated = node['unevaluatedItems']!;
    delete node['unevaluatedItems'];
    if (facts.hasInPlaceApplicators || 'contains' in node) {
      cx.reporter.report(cx.record, 'openapi30-unevaluated-items', `${pointer}/unevaluatedItems`, '"unevaluatedItems" next to in-place applicators or "contains" cannot be expressed in OpenAPI 3.0 and is removed: extra items are no longer rejected.', {
        hint: 'If the items allowed are known here, state them with "items" (and "prefixItems") instead.',
      });
    } else if (!('items' in node)) {
      node['items'] = unevaluated;
    }
  }

  const prefix = node['prefixItems'];
  if (Array.isArray(prefix)) {
    delete node['prefixItems'];
    const rest = node['items'];
    const closed = rest !== undefined && isNothing(rest);
    const open = rest === undefined || isEverything(rest);
    if (!open) node['items'] = { anyOf: closed ? prefix : [...prefix, rest] };
    else node['items'] = {};
    if (closed) {
      const max = node['maxItems'];
      node['maxItems'] = typeof max === 'number' ? Math.min(max, prefix.length) : prefix.length;
      if (prefix.length === 0) node['items'] = {};
    }
    cx.reporter.report(cx.record, 'openapi30-prefix-items', `${pointer}/prefixItems`, `"prefixItems" (a tuple of ${prefix.length}) cannot be expressed in OpenAPI 3.0: items are checked against any of the positional schemas, not their own.`, {
      hint: 'Use an object with named properties instead of a positional array where you can.',
    });
  }

  if ('contains' in node) {
    const contains = node['contains']!;
    const min = node['minContains'];
    const max = node['maxContains'];
    delete node['contains'];
    delete node['minContains'];
    delete node['maxContains'];
    if (min !== 0) addConjunct(node, { not: { type: 'array', items: { not: contains } } });
    if ((typeof min === 'number' && min > 1) || max !== undefined) {
      cx.reporter.report(cx.record, 'openapi30-contains-count', `${pointer}/${max !== undefined ? 'maxContains' : 'minContains'}`, `OpenAPI 3.0 can say "at least one item matches" but not ${describeCounts(min, max)}: the count is no longer checked.`);
    }
  } else {
    for (const key of ['minContains', 'maxContains']) {
      if (key in node) {
        delete node[key];
        cx.reporter.report(cx.record, 'openapi30-ignored-keyword', `${pointer}/${key}`, `"${key}" without "contains" has no effect and is removed.`);
      }
    }
  }

  // 3.0: "items MUST be present if the type is array".
  if (node['type'] === 'array' && !('items' in node)) node['items'] = {};
};

function isNothing(schema: MutableJson): boolean {
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema) && Object.keys(schema).length === 1 && isEverything((schema as MutableObject)['not']!);
}

function isEverything(schema: MutableJson): boolean {
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema) && Object.keys(schema).length === 0;
}

function describeCounts(min: MutableJson | undefined, max: MutableJson | undefined): string {
  const parts: string[] = [];
  if (typeof min === 'number' && min > 1) parts.push(`at least ${min}`);
  if (max !== undefined) parts.push(`at most ${String(max)}`);
  return `"${parts.join(' and ')}" items match`;
}
