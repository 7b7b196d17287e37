import type { Diagnostic } from '@ndd/diagnostics';
import { exportNames, GENERATED_BANNER, modulePathOf, type GeneratedFile, type Generator } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord, SchemaRecord } from '@ndd/registry';
import { compile, type Options } from 'json-schema-to-typescript';
import { CODE_INFO_DECLARATION, codeTable } from './codelist.js';
import { indent } from './indent.js';
import { relativeSpecifier, typeImportSpecifier } from './module-paths.js';
import { defTypeName, prepare, type TypeImport } from './prepare.js';
import { applyReadonly } from './readonly.js';

const COMPILE_OPTIONS: Partial<Options> = {
  bannerComment: '',
  format: false, // we indent ourselves: prettier costs more than everything else together
  additionalProperties: true, // JSON Schema's default: an object without additionalProperties is open
  strictIndexSignatures: true,
  unknownAny: true,
  maxItems: -1,
  declareExternallyReferenced: false,
  unreachableDefinitions: false,
};

/** The files of one schema's types module: `types/<name>/v<major>.d.ts` and `.js`. */
export async function generateTypesForSchema(
  dictionary: Dictionary,
  record: SchemaRecord,
  names: ReadonlyMap<string, string>,
): Promise<{ files: GeneratedFile[]; diagnostics: Diagnostic[] }> {
  const name = names.get(record.id)!;
  const ctx = { dictionary, record, names };
  const deprecated = record.metadata.deprecated;
  const main = prepare(ctx, '', { id: record.id, legalBasis: record.metadata.legalBasis, ...(deprecated ? { deprecated } : {}) });
  const imports: TypeImport[] = [...main.imports];
  const bodies = [await compile(main.input, name, COMPILE_OPTIONS)];
  const defs = record.schema['$defs'];
  if (defs && typeof defs === 'object' && !Array.isArray(defs)) {
    for (const def of Object.keys(defs).sort()) {
      const prepared = prepare(ctx, `/$defs/${def.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      for (const i of prepared.imports) if (!imports.some((x) => x.name === i.name)) imports.push(i);
      bodies.push(await compile(prepared.input, defTypeName(name, def), COMPILE_OPTIONS));
    }
  }
  const modulePath = modulePathOf(record);
  const header = [`// ${GENERATED_BANNER}`, `// Source: ${record.id} (dictionary/${record.file})`];
  const importLines = imports
    .filter((i) => i.id !== record.id)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((i) => `import type { ${i.name} } from '${typeImportSpecifier(dictionary, record.id, i.id)}';`);
  let table = { js: '', dts: '' };
  if (record.metadata.kind === 'codelist' && record.codes.length > 0) {
    importLines.push(`import type { CodeInfo } from '${relativeSpecifier(modulePath, '_code-info.js')}';`);
    table = codeTable(record, name);
  }
  const dts = applyReadonly(
    [...header, ...importLines, '', indent(bodies.join('\n')).trimEnd(), '', table.dts].join('\n').trimEnd() + '\n',
  );
  const js = [...header, table.js || 'export {};', ''].join('\n');
  return {
    files: [
      { path: `types/${modulePath}.d.ts`, contents: dts },
      { path: `types/${modulePath}.js`, contents: js },
    ],
    diagnostics: [],
  };
}

/** The domain-level types files: the shared `CodeInfo` declaration and an index of every type. */
export function typesIndexFiles(dictionary: Dictionary, domain: DomainRecord, names: ReadonlyMap<string, string>): GeneratedFile[] {
  const indexDts: string[] = [`// ${GENERATED_BANNER}`, "export type { CodeInfo } from './_code-info.js';"];
  const indexJs: string[] = [`// ${GENERATED_BANNER}`];
  for (const id of domain.schemaIds) {
    const record = dictionary.schemas.get(id)!;
    const name = names.get(id)!;
    const spec = `./${modulePathOf(record)}.js`;
    indexDts.push(`export type { ${name} } from '${spec}';`);
    if (record.metadata.kind === 'codelist' && record.codes.length > 0) {
      const constName = `${name[0]!.toLowerCase()}${name.slice(1)}Codes`;
      indexDts.push(`export { ${constName} } from '${spec}';`);
      indexJs.push(`export { ${constName} } from '${spec}';`);
    }
  }
  if (indexJs.length === 1) indexJs.push('export {};');
  return [
    { path: 'types/_code-info.d.ts', contents: `// ${GENERATED_BANNER}\n${CODE_INFO_DECLARATION}` },
    { path: 'types/_code-info.js', contents: `// ${GENERATED_BANNER}\nexport {};\n` },
    { path: 'types/index.d.ts', contents: `${indexDts.join('\n')}\n` },
    { path: 'types/index.js', contents: `${indexJs.join('\n')}\n` },
  ];
}

/** Types of every schema of a domain, plus the domain-level files. */
export const generateTypes: Generator = async (dictionary, domain) => {
  const names = exportNames(dictionary);
  const files: GeneratedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const id of domain.schemaIds) {
    const out = await generateTypesForSchema(dictionary, dictionary.schemas.get(id)!, names);
    files.push(...out.files);
    diagnostics.push(...out.diagnostics);
  }
  files.push(...typesIndexFiles(dictionary, domain, names));
  return { files, diagnostics };
};
