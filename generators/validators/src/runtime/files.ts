import type { GeneratedFile } from '@ndd/generator-kit';
import { GENERATED_BANNER } from '@ndd/generator-kit';
import { EQUAL_JS, UCS2LENGTH_JS } from './ajv-helpers.js';
import { CODES_JS } from './codes.js';
import { ERRORS_JS } from './errors.js';
import { LOCALIZE_EN_JS } from './localize-en.js';
import { LOCALIZE_VI_JS } from './localize-vi.js';
import { STANDARD_FORMAT_MODULES } from './standard-formats.js';
import { LOCALIZE_INDEX_DTS, LOCALIZE_INDEX_JS, LOCALIZE_LANGUAGE_DTS, TYPES_DTS } from './types.js';

const banner = (text: string): string => `// ${GENERATED_BANNER}\n${text}`;

/**
 * The shared runtime of a domain package's validators, under `validators/_runtime/`. Each
 * package carries its own copy (a few kilobytes), so that a generated package has no runtime
 * dependency but @ndd/formats. The `.d.ts` of internal modules are omitted: only generated code
 * imports them.
 */
export function runtimeFiles(standardFormats: ReadonlySet<string>): GeneratedFile[] {
  const files: GeneratedFile[] = [
    { path: 'validators/_runtime/ucs2length.js', contents: banner(UCS2LENGTH_JS) },
    { path: 'validators/_runtime/equal.js', contents: banner(EQUAL_JS) },
    { path: 'validators/_runtime/codes.js', contents: banner(CODES_JS) },
    { path: 'validators/_runtime/errors.js', contents: banner(ERRORS_JS) },
    { path: 'validators/_runtime/localize/vi.js', contents: banner(LOCALIZE_VI_JS) },
    { path: 'validators/_runtime/localize/vi.d.ts', contents: banner(LOCALIZE_LANGUAGE_DTS) },
    { path: 'validators/_runtime/localize/en.js', contents: banner(LOCALIZE_EN_JS) },
    { path: 'validators/_runtime/localize/en.d.ts', contents: banner(LOCALIZE_LANGUAGE_DTS) },
    { path: 'validators/_runtime/localize/index.js', contents: banner(LOCALIZE_INDEX_JS) },
    { path: 'validators/_runtime/localize/index.d.ts', contents: banner(LOCALIZE_INDEX_DTS) },
    { path: 'validators/_runtime/types.js', contents: banner('export {};\n') },
    { path: 'validators/_runtime/types.d.ts', contents: banner(TYPES_DTS) },
  ];
  for (const format of [...standardFormats].sort()) {
    const module = STANDARD_FORMAT_MODULES[format];
    if (module) files.push({ path: `validators/_runtime/formats/${format}.js`, contents: banner(module.source) });
  }
  return files;
}
