import type { Diagnostic } from '@ndd/diagnostics';
import type { Dictionary, SchemaRecord } from '@ndd/registry';
import { compileStandalone } from './ajv-instance.js';
import { formatImport } from './formats.js';
import type { KeywordContext } from './keywords.js';
import { isLabelOf, labelTable, type Label } from './labels.js';
import { toEsm } from './esm.js';
import { stripAnnotations } from '../schema/strip.js';
import { scanSchema } from '../schema/scan.js';
import { diagnostic } from '../diagnostics.js';
import { preflight } from './preflight.js';

/** First-error (stop at the first failure) or all-errors mode. */
export type ErrorMode = 'first' | 'all';

/** What one module needs to be compiled. */
export interface ModuleRequest {
  readonly dictionary: Dictionary;
  readonly record: SchemaRecord;
  readonly mode: ErrorMode;
  /** Module specifier of another schema's validator module in the same mode, from this module. */
  specifierOf(targetId: string): string;
  /** Module specifier of a file under `validators/_runtime/`, from this module. */
  runtimeSpecifier(file: string): string;
}

/** The body of a compiled module, before the exported wrapper is added. */
export interface CompiledModule {
  /** Imports, then ajv's validator as ESM; the raw validator is named by {@link rawName}. */
  readonly code: string;
  readonly rawName: string;
  /**
   * Labels by schemaPath: the node's own, or the imported label table (its local name) of the
   * schema it references, whose root label is read at run time.
   */
  readonly labels: ReadonlyMap<string, Label | { readonly table: string }>;
  /** Format name → identifier of its imported bilingual message. */
  readonly formatMessages: ReadonlyMap<string, string>;
  /** The constant holding the code table of the root, for code lists. */
  readonly rootCodeTable: string | undefined;
  /** Local names of the runtime helpers the exported wrapper calls. */
  readonly runtime: Readonly<Record<'checkOptions' | 'describe' | 'NO_OPTIONS' | 'codeStatus', string>>;
}

/**
 * Compiles one dictionary schema into the body of a pure-ESM validator module: ajv standalone
 * code with every cross-schema `$ref` turned into an import, every runtime `require` into an
 * import of `_runtime/`, formats imported from @ndd/formats. Returns diagnostics instead when
 * the schema is unsafe (a pattern that may backtrack catastrophically) or cannot be compiled.
 */
export function compileModule(request: ModuleRequest): { module?: CompiledModule; diagnostics: Diagnostic[] } {
  const { dictionary, record, mode } = request;
  const diagnostics: Diagnostic[] = [];
  const stripped = stripAnnotations(record.schema);
  const scan = scanSchema(stripped.schema);

  diagnostics.push(...preflight(record));
  if (diagnostics.length > 0) return { diagnostics };

  const imports = new Imports();
  // Asked for at every use of a runtime helper in the generated code: worked out once a file.
  const runtimeSpecifiers = new Map<string, string>();
  const runtimeSpecifier = (file: string): string => {
    let specifier = runtimeSpecifiers.get(file);
    if (specifier === undefined) runtimeSpecifiers.set(file, (specifier = request.runtimeSpecifier(file)));
    return specifier;
  };
  const labels = labelTable(dictionary, record);
  const codeTables = new Map<string, string>();
  /** `$id` → local name of its imported label table, for the schemas this module calls. */
  const labelTables = new Map<string, string>();
  const context: KeywordContext = {
    rootId: record.id,
    schemaIds: dictionary.schemas,
    labels,
    codeLists: stripped.codeLists,
    importOf: (targetId) => {
      const imported = imports.validatorOf(targetId, request.specifierOf(targetId));
      labelTables.set(targetId, imported.labels);
      return imported;
    },
    codeTable: (schemaPath, constant) => codeTables.set(schemaPath, constant),
    runtime: (name) => imports.named(runtimeSpecifier(runtimeFileOf(name)), name),
  };

  let source: string;
  try {
    source = compileStandalone(stripped.schema, { allErrors: mode === 'all', ownProperties: scan.prototypeNames, dynamic: scan.dynamic }, context);
  } catch (error) {
    diagnostics.push(diagnostic(record, 'validators/compile-failed', 'error', `ajv could not compile this schema: ${(error as Error).message}`, ''));
    return { diagnostics };
  }

  const formatMessages = new Map<string, string>();
  const formatEntries: string[] = [];
  for (const format of [...new Set(scan.formats.map((f) => f.format))].sort()) {
    const target = formatImport(format)!;
    const specifier = target.runtime ? runtimeSpecifier(target.specifier) : target.specifier;
    const check = imports.named(specifier, target.check);
    formatMessages.set(format, imports.named(specifier, target.message));
    formatEntries.push(`${JSON.stringify(format)}: ${check}`);
  }
  const esm = toEsm(source, (helper) => imports.named(runtimeSpecifier(helper.file), helper.name));
  const errorsModule = runtimeSpecifier('errors.js');
  const runtime = {
    checkOptions: imports.named(errorsModule, 'checkOptions'),
    describe: imports.named(errorsModule, 'describe'),
    NO_OPTIONS: imports.named(errorsModule, 'NO_OPTIONS'),
    // Only code lists export `is…ValidOn`, which calls it; their enum keyword imported it already.
    codeStatus: record.codes.length > 0 ? imports.named(runtimeSpecifier('codes.js'), 'codeStatus') : '',
  };
  const formatTable = formatEntries.length > 0 ? `const ndd_formats = { ${formatEntries.join(', ')} };\n` : '';
  return {
    module: {
      code: `${imports.code()}\n${formatTable}${esm.body}`,
      rawName: esm.rawName,
      labels: emittedLabels(labels, labelTables),
      formatMessages,
      runtime,
      rootCodeTable: codeTables.get('#'),
    },
    diagnostics,
  };
}

/**
 * The label table as the module holds it. A node labelled by its `$ref` target points to the
 * target's imported table; one whose target this module never calls (a node ajv did not compile,
 * so no error can be reported on it) is left out rather than adding an import.
 */
function emittedLabels(labels: ReadonlyMap<string, Label | { readonly ref: string }>, tables: ReadonlyMap<string, string>): Map<string, Label | { readonly table: string }> {
  const out = new Map<string, Label | { readonly table: string }>();
  for (const [path, entry] of labels) {
    if (!isLabelOf(entry)) out.set(path, entry);
    else if (tables.has(entry.ref)) out.set(path, { table: tables.get(entry.ref)! });
  }
  return out;
}

function runtimeFileOf(name: string): string {
  return name === 'appendTagged' ? 'errors.js' : 'codes.js';
}

/** The imports of one module, with deterministic local names (`ndd_` prefix: ajv never uses it). */
class Imports {
  private readonly bySpecifier = new Map<string, Map<string, string>>();
  private count = 0;
  private readonly used = new Set<string>();

  /** Local name of `exported` from `specifier`. */
  named(specifier: string, exported: string, local = `ndd_${exported}`): string {
    const names = this.bySpecifier.get(specifier) ?? new Map<string, string>();
    this.bySpecifier.set(specifier, names);
    const known = names.get(exported);
    if (known) return known;
    let name = local;
    for (let i = 2; this.used.has(name); i++) name = `${local}${i}`;
    names.set(exported, name);
    this.used.add(name);
    return name;
  }

  validatorOf(_targetId: string, specifier: string): { validate: string; labels: string } {
    const existing = this.bySpecifier.get(specifier)?.get('_validate');
    const n = existing ? undefined : this.count++;
    return {
      validate: this.named(specifier, '_validate', `ndd_ref${n ?? ''}`),
      labels: this.named(specifier, '_labels', `ndd_refLabels${n ?? ''}`),
    };
  }

  code(): string {
    const lines: string[] = [];
    for (const [specifier, names] of [...this.bySpecifier].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const list = [...names].map(([exported, local]) => (exported === local ? exported : `${exported} as ${local}`));
      lines.push(`import { ${list.join(', ')} } from ${JSON.stringify(specifier)};`);
    }
    return lines.join('\n');
  }
}
