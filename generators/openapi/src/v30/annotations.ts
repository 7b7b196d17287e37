import type { Rewrite } from './context.js';

/**
 * Annotations 3.0 spells differently. All exact: annotations do not change what is valid.
 * - `examples` (an array) → `example` (its first item); all of them stay in `x-examples` when
 *   there are several, so no example is lost.
 * - `$comment` → `x-comment`.
 * - `contentEncoding`/`contentMediaType` → `x-contentEncoding`/`x-contentMediaType`; base64
 *   content also gets 3.0's own `format: byte` when it has no format.
 * - `contentSchema` cannot be kept (a schema in an extension would not be converted nor have its
 *   references followed): removed, reported as info since it was never an assertion.
 */
export const rewriteAnnotations: Rewrite = (node, pointer, cx) => {
  const examples = node['examples'];
  if (examples !== undefined) {
    delete node['examples'];
    if (Array.isArray(examples) && examples.length > 0) {
      node['example'] = examples[0]!;
      if (examples.length > 1) node['x-examples'] = examples;
    }
  }
  if ('$comment' in node) {
    node['x-comment'] = node['$comment']!;
    delete node['$comment'];
  }
  const encoding = node['contentEncoding'];
  if (encoding !== undefined) {
    delete node['contentEncoding'];
    node['x-contentEncoding'] = encoding;
    if (encoding === 'base64' && !('format' in node)) node['format'] = 'byte';
  }
  if ('contentMediaType' in node) {
    node['x-contentMediaType'] = node['contentMediaType']!;
    delete node['contentMediaType'];
  }
  if ('contentSchema' in node) {
    delete node['contentSchema'];
    cx.reporter.report(cx.record, 'openapi30-content-schema', `${pointer}/contentSchema`, '"contentSchema" has no OpenAPI 3.0 counterpart and is removed (it is an annotation: nothing that was valid becomes invalid or the reverse).');
  }
};
