/**
 * Text from the dictionary that ends up in generated code goes through here, and only here.
 * Stewards' schemas are untrusted input: a title may contain `*​/`, quotes, backticks, `${…}`,
 * line or paragraph separators.
 */

/** A JavaScript string literal for any text (JSON, with U+2028 and U+2029 escaped too). */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A JavaScript literal for any JSON value, with the same escapes as {@link jsString}. */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Text safe inside a block comment (`/** … *​/`): no `*​/` can close it early, no line break can
 * escape a `//` context, and no control or separator character reaches the file.
 */
export function commentText(text: string): string {
  return text
    .replace(/\*\//g, '*\u200b/')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(/@/g, '\\@')
    .trim();
}
