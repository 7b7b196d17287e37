import { NDD_KEYWORDS } from '@ndd/registry';
/**
 * Which `x-` keywords of the dictionary travel into the OpenAPI documents. They are valid
 * specification extensions in both 3.0 and 3.1, and they are what makes a component useful to a
 * ministry's developer: labels in both languages, the names existing systems use, the legal
 * basis, the code list's labels and validity, the steward and lifecycle.
 */
export const KEPT_EXTENSIONS: ReadonlySet<string> = new Set(NDD_KEYWORDS.filter((k) => k !== 'x-counterexamples'));

/**
 * Left out on purpose: counterexamples are invalid records kept to test the dictionary; in an
 * API description they would read as sample payloads.
 */
export const DROPPED_EXTENSIONS: ReadonlySet<string> = new Set(['x-counterexamples']);

/** Extensions the generator adds to a component's root. */
export const ADDED = {
  /** The `$id` of the schema (plus `#/$defs/…` for a lifted def): `$id` itself cannot stay, see README. */
  id: 'x-ndd-id',
  /** On a component bundled from another domain: the npm package that owns it. */
  package: 'x-ndd-package',
  /** On a long code list, instead of `x-codes`: the module exporting its code table, and the count. */
  codeTable: 'x-ndd-code-table',
} as const;

/** Whether an `x-` keyword is copied into the documents. Unknown `x-` keywords are kept too. */
export function keepsExtension(keyword: string): boolean {
  return !DROPPED_EXTENSIONS.has(keyword);
}
