import type { Diagnostic } from '@ndd/diagnostics';
import { exportNames, modulePathOf, type GeneratedFile, type Generator, type GeneratorOutput } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord, SchemaRecord } from '@ndd/registry';
import { compileModule, type ErrorMode } from './compile/module.js';
import { formatImport } from './compile/formats.js';
import { diagnostic } from './diagnostics.js';
import { declarationFile } from './emit/declarations.js';
import { indexFiles, type IndexEntry } from './emit/index-file.js';
import { moduleFile } from './emit/module-file.js';
import { relativeSpecifier, validatorPath } from './emit/paths.js';
import { runtimeFiles } from './runtime/files.js';
import { preflight } from './compile/preflight.js';
import { scanSchema } from './schema/scan.js';
import { stripAnnotations } from './schema/strip.js';

const MODES: readonly ErrorMode[] = ['first', 'all'];

/** What one schema contributes to its package's validators. */
export interface SchemaValidators {
  readonly files: GeneratedFile[];
  readonly diagnostics: Diagnostic[];
  /** Entries of `validators/index.js`. */
  readonly entries: IndexEntry[];
  /** Standard formats (date, email…) whose ESM checker the runtime must ship. */
  readonly standardFormats: string[];
}

/**
 * The validators of one schema: a first-error module `validators/<name>/v<major>.js`
 * (`validatePerson`) and an all-errors module `….all-errors.js` (`validatePersonAllErrors`),
 * each with its `.d.ts`. Pure; its output depends on the schema, on the names, module paths and
 * titles of the schemas it references directly, and on `blocker`.
 *
 * @param blocker The `$id` of the schema that stops this one from being generated (itself, or
 *   a schema it reaches), from {@link blockedSchemas}; undefined when nothing does.
 */
export function validatorsForSchema(dictionary: Dictionary, domain: DomainRecord, record: SchemaRecord, names: ReadonlyMap<string, string>, blocker: string | undefined): SchemaValidators {
  const out: SchemaValidators = { files: [], diagnostics: [], entries: [], standardFormats: [] };
  if (blocker !== undefined) {
    if (blocker === record.id) out.diagnostics.push(...preflight(record));
    out.diagnostics.push(
      diagnostic(record, 'validators/not-generated', 'error', blocker === record.id ? 'No validator was generated for this schema (see the errors above).' : `No validator was generated: it references ${blocker}, whose validator could not be generated.`, ''),
    );
    return out;
  }
  const baseName = names.get(record.id)!;
  const codeListFunction = record.codes.length > 0 ? `is${baseName}ValidOn` : undefined;
  for (const mode of MODES) {
    const path = validatorPath(record, mode);
    const exportName = `validate${baseName}${mode === 'all' ? 'AllErrors' : ''}`;
    const { module, diagnostics: found } = compileModule({
      dictionary,
      record,
      mode,
      specifierOf: (targetId) => specifierOf(dictionary, domain, path, targetId, mode),
      runtimeSpecifier: (file) => relativeSpecifier(`${path}.js`, `validators/_runtime/${file}`),
    });
    if (mode === 'first') out.diagnostics.push(...found);
    if (!module) continue;
    const ownCodeList = mode === 'first' ? codeListFunction : undefined;
    out.files.push({ path: `${path}.js`, contents: moduleFile(record, module, exportName, ownCodeList) });
    out.files.push({
      path: `${path}.d.ts`,
      contents: declarationFile(record, `${path}.d.ts`, `types/${modulePathOf(record)}.js`, baseName, exportName, mode === 'all', ownCodeList),
    });
    out.entries.push({ path, exports: ownCodeList ? [exportName, ownCodeList] : [exportName] });
  }
  for (const { format } of scanSchema(stripAnnotations(record.schema).schema).formats) {
    if (formatImport(format)?.runtime && !out.standardFormats.includes(format)) out.standardFormats.push(format);
  }
  return out;
}

/** The package-level files: `validators/index.js` (+ `.d.ts`) and the runtime. */
export function validatorsPackageFiles(entries: readonly IndexEntry[], standardFormats: Iterable<string>): GeneratedFile[] {
  return [...runtimeFiles(new Set(standardFormats)), ...indexFiles([...entries])];
}

/**
 * Generates the validators of one domain package: {@link validatorsForSchema} for each schema,
 * `validators/index.js` re-exporting them all, and the small runtime under `validators/_runtime/`.
 *
 * A schema whose validator cannot be generated safely (unsafe pattern, unsupported format) is
 * reported and left out, and so is every schema that references it.
 */
export const generateValidators = ((dictionary: Dictionary, domain: DomainRecord): GeneratorOutput => {
  const names = exportNames(dictionary);
  const blocked = blockedSchemas(dictionary);
  const diagnostics: Diagnostic[] = [];
  const files: GeneratedFile[] = [];
  const entries: IndexEntry[] = [];
  const standardFormats = new Set<string>();
  for (const id of domain.schemaIds) {
    const one = validatorsForSchema(dictionary, domain, dictionary.schemas.get(id)!, names, blocked.get(id));
    files.push(...one.files);
    diagnostics.push(...one.diagnostics);
    entries.push(...one.entries);
    for (const f of one.standardFormats) standardFormats.add(f);
  }
  files.push(...validatorsPackageFiles(entries, standardFormats));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}) satisfies Generator;

/** The specifier of another schema's validator: relative in the same package, bare across packages. */
function specifierOf(dictionary: Dictionary, domain: DomainRecord, fromPath: string, targetId: string, mode: ErrorMode): string {
  const target = dictionary.schemas.get(targetId)!;
  const targetPath = validatorPath(target, mode);
  if (target.domain === domain.name) return relativeSpecifier(`${fromPath}.js`, `${targetPath}.js`);
  const pkg = dictionary.domains.get(target.domain)?.package;
  if (!pkg) throw new Error(`domain ${target.domain} has no package`);
  return `${pkg}/${targetPath}`;
}

/**
 * Schemas whose validator cannot be generated (unsafe pattern, unsupported format), and every
 * schema that reaches one of them by references: `$id` → the `$id` of the culprit.
 *
 * @param preflightOf {@link preflight}, or a cached answer of it (the build keeps it by content hash).
 */
export function blockedSchemas(dictionary: Dictionary, preflightOf: (record: SchemaRecord) => readonly Diagnostic[] = preflight): Map<string, string> {
  const blocked = new Map<string, string>();
  for (const [id, record] of dictionary.schemas) {
    if (preflightOf(record).length > 0) {
      blocked.set(id, id);
      for (const dependent of dictionary.transitiveDependentsOf(id)) if (!blocked.has(dependent)) blocked.set(dependent, id);
    }
  }
  return blocked;
}
