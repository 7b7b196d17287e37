/**
 * ESM versions of the two ajv runtime helpers a standalone validator may call. ajv's standalone
 * code reaches them with `require("ajv/dist/runtime/…").default`, which is why its `esm` output
 * is not really ESM; the generator rewrites those calls to imports of these modules.
 */

/** `_runtime/ucs2length.js`: string length in Unicode code points (ajv's, from punycode). */
export const UCS2LENGTH_JS = `export function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // A high surrogate followed by a low one is one code point.
      if ((str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}
`;

/** `_runtime/equal.js`: deep equality of JSON values (fast-deep-equal's algorithm, JSON only). */
export const EQUAL_JS = `export function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!equal(a[i], b[i])) return false;
      return true;
    }
    if (Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (let i = keys.length; i-- !== 0; ) {
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    }
    for (let i = keys.length; i-- !== 0; ) if (!equal(a[keys[i]], b[keys[i]])) return false;
    return true;
  }
  // NaN is not JSON, but ajv's equal treats NaN as equal to itself.
  return a !== a && b !== b;
}
`;

/** How each ajv runtime `require` is rewritten: module file and exported name. */
export const AJV_RUNTIME_IMPORTS: Readonly<Record<string, { readonly file: string; readonly name: string }>> = {
  'require("ajv/dist/runtime/ucs2length").default': { file: 'ucs2length.js', name: 'ucs2length' },
  'require("ajv/dist/runtime/equal").default': { file: 'equal.js', name: 'equal' },
};
