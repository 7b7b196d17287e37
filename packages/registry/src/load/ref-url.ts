/** A `$ref` as a URL: the target's `$id` and the decoded fragment. */
export interface RefUrl {
  readonly targetId: string;
  readonly fragment: string;
}

/**
 * A `$ref` resolved against the `$id` of the document holding it; undefined when it is not a
 * URI reference. The one place references are read as URLs: reading a file (which of its own
 * fragments exist) and resolving across files must agree.
 */
export function refUrlOf(ref: string, baseId: string): RefUrl | undefined {
  let url: URL;
  try {
    url = new URL(ref, baseId);
  } catch {
    return undefined;
  }
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return undefined;
  }
  url.hash = '';
  return { targetId: url.href, fragment };
}
