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
  const visit = (node: unknown, at: string): void => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${at}/${escape(key)}`;
      if (key === '$ref' && typeof value === 'string') {
        if (resolve(document, value) === undefined) out.push({ at, ref: value });
      } else if (SINGLE.has(key)) {
        visit(value, here);
      } else if (ARRAY.has(key) && Array.isArray(value)) {
        value.forEach((item, i) => visit(item, `${here}/${i}`));
      } else if (MAP.has(key) && isObject(value)) {
        for (const [name, child] of Object.entries(value)) visit(child, `${here}/${escape(name)}`);
      }
    }
  };
  const schemas = isObject(document) && isObject(document['components']) ? document['components']['schemas'] : undefined;
  if (isObject(schemas)) for (const [name, schema] of Object.entries(schemas)) visit(schema, `/components/schemas/${escape(name)}`);
  return out;
}

/** The value a local `$ref` (`#/a/b`) points at in `document`, or `undefined`. */
export function resolve(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const fragment = decodeURIComponent(ref.slice(1));
  if (fragment === '') return document;
  if (!fragment.startsWith('/')) return undefined;
  let node: unknown = document;
  for (const raw of fragment.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined;
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
