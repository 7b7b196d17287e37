import { isObject } from '../json.js';
import { ARRAY, MAP, SINGLE } from '../subschemas.js';

/** A `$ref` of a generated document that does not resolve inside it. */
export interface DanglingRef {
  /** Pointer of the schema holding the `$ref`, in the generated document. */
  readonly at: string;
  readonly ref: string;
}

/**
 * Every `$ref` in the component schemas of a document that does not resolve inside it. The walk
 * follows schema keywords only, so data (`enum`, `example`, extensions) is never mistaken for a
 * reference. The documents are self-contained, so a reference to another file is dangling too.
 */
export function danglingRefs(document: unknown): DanglingRef[] {
  const out: DanglingRef[] = [];
  const schemas = isObject(document) && isObject(document['components']) ? document['components']['schemas'] : undefined;
  if (!isObject(schemas)) return out;
  for (const [name, schema] of Object.entries(schemas)) {
    for (const [at, ref] of refsIn(schema)) if (resolve(document, ref) === undefined) out.push({ at: `${componentPointer(name)}${at}`, ref });
  }
  return out;
}

/** The pointer of a component in a document. */
export function componentPointer(name: string): string {
  return `/components/schemas/${escape(name)}`;
}

/**
 * Every `$ref` string of a schema, with the pointer (relative to the schema) of the object that
 * holds it, in document order. Only schema keywords are followed (see {@link danglingRefs}).
 */
export function refsIn(schema: unknown): [at: string, ref: string][] {
  const out: [string, string][] = [];
  const visit = (node: unknown, at: string): void => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${at}/${escape(key)}`;
      if (key === '$ref' && typeof value === 'string') {
        out.push([at, value]);
      } else if (SINGLE.has(key)) {
        visit(value, here);
      } else if (ARRAY.has(key) && Array.isArray(value)) {
        value.forEach((item, i) => visit(item, `${here}/${i}`));
      } else if (MAP.has(key) && isObject(value)) {
        for (const [name, child] of Object.entries(value)) visit(child, `${here}/${escape(name)}`);
      }
    }
  };
  visit(schema, '');
  return out;
}

/** The value a local `$ref` (`#/a/b`) points at in `document`, or `undefined`. */
export function resolve(document: unknown, ref: string): unknown {
  const tokens = refTokens(ref);
  return tokens === undefined ? undefined : valueAtTokens(document, tokens);
}

/** The unescaped tokens of a local `$ref`'s JSON pointer (`[]` for `#`); undefined for any other reference. */
export function refTokens(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  const fragment = decodeURIComponent(ref.slice(1));
  if (fragment === '') return [];
  if (!fragment.startsWith('/')) return undefined;
  return fragment
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at unescaped pointer tokens below `node`, or `undefined`. */
export function valueAtTokens(node: unknown, tokens: readonly string[]): unknown {
  let at = node;
  for (const token of tokens) {
    if (Array.isArray(at)) at = /^(0|[1-9][0-9]*)$/.test(token) ? at[Number(token)] : undefined;
    else if (isObject(at) && Object.hasOwn(at, token)) at = at[token];
    else return undefined;
  }
  return at;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
