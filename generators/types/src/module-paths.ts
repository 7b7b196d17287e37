import { posix } from 'node:path';
import type { Dictionary } from '@ndd/registry';
import { modulePathOf } from '@ndd/generator-kit';

/**
 * The specifier one generated types module uses to import another: relative inside the same
 * package, the package's subpath export across packages (`@ndd/core/person/v1`).
 */
export function typeImportSpecifier(dictionary: Dictionary, fromId: string, toId: string): string {
  const from = dictionary.schemas.get(fromId)!;
  const to = dictionary.schemas.get(toId)!;
  if (from.domain !== to.domain) {
    const pkg = dictionary.domains.get(to.domain)?.package ?? `@ndd/${to.domain}`;
    return `${pkg}/${modulePathOf(to)}`;
  }
  return relativeSpecifier(modulePathOf(from), `${modulePathOf(to)}.js`);
}

/** `./x.js` or `../x.js` from the folder of module `fromModule` (paths inside `types/`). */
export function relativeSpecifier(fromModule: string, toFile: string): string {
  const rel = posix.relative(posix.dirname(fromModule), toFile);
  return rel.startsWith('.') ? rel : `./${rel}`;
}
