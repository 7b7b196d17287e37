import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads one of the meta-schemas shipped in the package's `meta/` folder (beside `src/` and `dist/`). */
export function readMetaSchema(name: 'dialect' | 'metadata' | 'dictionary-config'): Record<string, unknown> {
  const url = new URL(`../../meta/${name}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Record<string, unknown>;
}
