import type { SchemaRecord } from '@ndd/registry';
import { modulePathOf } from '@ndd/generator-kit';
import type { ErrorMode } from '../compile/module.js';

/** Suffix of the all-errors variant of a validator module. */
export const ALL_ERRORS_SUFFIX = '.all-errors';

/** Path (in the domain package) of a schema's validator module, without extension. */
export function validatorPath(record: Pick<SchemaRecord, 'name' | 'major'>, mode: ErrorMode): string {
  return `validators/${modulePathOf(record)}${mode === 'all' ? ALL_ERRORS_SUFFIX : ''}`;
}

/** A relative ESM specifier from one package file to another (`../address/v1.js`). */
export function relativeSpecifier(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}
