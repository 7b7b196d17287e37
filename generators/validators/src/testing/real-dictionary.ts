import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '@ndd/registry';
import type { Dictionary } from '@ndd/registry';

/** The repository's dictionary, loaded once per test file; loading errors fail the test. */
export async function realDictionary(): Promise<Dictionary> {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../dictionary');
  const { dictionary, diagnostics } = await loadDictionary(dir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !dictionary) throw new Error(`dictionary does not load: ${errors.map((d) => d.message).join('; ')}`);
  return dictionary;
}
