import { GENERATED_BANNER, type GeneratedFile } from '@ndd/generator-kit';
import { jsString } from '../safety/js-text.js';

/** One validator module and the names it exports. */
export interface IndexEntry {
  /** Path without extension, `validators/person/v1`. */
  readonly path: string;
  readonly exports: readonly string[];
}

/**
 * `validators/index.js` and `.d.ts`: every validator by name, plus `localize` and `errorsText`.
 * Re-exports only, so a bundler keeps just the validators a consumer imports (the package is
 * `sideEffects: false`).
 */
export function indexFiles(entries: readonly IndexEntry[]): GeneratedFile[] {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const lines = sorted.map((e) => `export { ${e.exports.join(', ')} } from ${jsString(`./${e.path.slice('validators/'.length)}.js`)};`);
  lines.push(`export { localize, errorsText } from "./_runtime/localize/index.js";`);
  const body = `// ${GENERATED_BANNER}\n${lines.join('\n')}\n`;
  const types = `${body}export type { Bilingual, ValidateFunction, ValidateOptions, ValidationError } from "./_runtime/types.js";\n`;
  return [
    { path: 'validators/index.js', contents: body },
    { path: 'validators/index.d.ts', contents: types },
  ];
}
