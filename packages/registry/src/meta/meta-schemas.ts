import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The meta-schemas shipped in the package's `meta/` folder (beside `src/` and `dist/`). */
export const META_SCHEMA_NAMES = ['dialect', 'metadata', 'dictionary-config'] as const;

/** The text of one meta-schema. */
export function readMetaSchemaText(name: (typeof META_SCHEMA_NAMES)[number]): string {
  const url = new URL(`../../meta/${name}.schema.json`, import.meta.url);
  return readFileSync(fileURLToPath(url), 'utf8');
}

/** Reads one of the meta-schemas. */
export function readMetaSchema(name: (typeof META_SCHEMA_NAMES)[number]): Record<string, unknown> {
  return JSON.parse(readMetaSchemaText(name)) as Record<string, unknown>;
}
