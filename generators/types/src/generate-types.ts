import type { Diagnostic } from '@ndd/diagnostics';
import { exportNames, GENERATED_BANNER, modulePathOf, type GeneratedFile, type Generator } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord, SchemaRecord } from '@ndd/registry';
import { compile, type Options } from 'json-schema-to-typescript';
import { codeTable } from './codelist.js';
import { typesIndexFiles } from './index-files.js';
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
  const imports: TypeImport[] = [];
  const rename = new Map<string, TypeImport>();
  const bodies: string[] = [];
  const defs = record.schema['$defs'];
  const defNames = defs && typeof defs === 'object' && !Array.isArray(defs) ? Object.keys(defs).sort() : [];
  const units = [{ prepared: main, typeName: name }];
  for (const def of defNames) {
    units.push({ prepared: prepare(ctx, `/$defs/${def.replace(/~/g, '~0').replace(/\//g, '~1')}`), typeName: defTypeName(name, def) });
  }
  for (const { prepared, typeName } of units) {
    let body = await compile(prepared.input, typeName, COMPILE_OPTIONS);
    for (const i of prepared.imports) {
      const key = `${i.id}#${i.name}`;
      const shared = rename.get(key) ?? { ...i, placeholder: i.placeholder };
      if (!rename.has(key)) {
        rename.set(key, shared);
        imports.push(shared);
      }
      body = body.split(i.placeholder).join(`\u0000${key}\u0000`);
    }
    bodies.push(body);
  }
  const localNames = new Set(units.map((u) => u.typeName));
  const alias = localAliases(imports, localNames, dictionary);
  const modulePath = modulePathOf(record);
  const header = [`// ${GENERATED_BANNER}`, `// Source: ${record.id} (dictionary/${record.file})`];
  const importLines = imports
    .filter((i) => i.id !== record.id)
    .sort((a, b) => (alias.get(a)! < alias.get(b)! ? -1 : 1))
    .map((i) => {
      const local = alias.get(i)!;
      return `import type { ${i.name === local ? i.name : `${i.name} as ${local}`} } from '${typeImportSpecifier(dictionary, record.id, i.id)}';`;
    });
  const resolved = bodies.map((b) => b.replace(/\u0000([^\u0000]+)\u0000/g, (_, key: string) => alias.get(rename.get(key)!)!));
  let table = { js: '', dts: '' };
  if (record.metadata.kind === 'codelist' && record.codes.length > 0) {
    importLines.push(`import type { CodeInfo } from '${relativeSpecifier(modulePath, '_code-info.js')}';`);
    table = codeTable(record, name);
  }
  const dts = applyReadonly(
    [...header, ...importLines, '', indent(resolved.join('\n')).trimEnd(), '', table.dts].join('\n').trimEnd() + '\n',
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

/**
 * Local names of imported types: the exported name, unless it collides with a type declared in
 * this module or with another import; then it is prefixed with its domain (`CorePerson`).
 */
function localAliases(imports: readonly TypeImport[], localNames: ReadonlySet<string>, dictionary: Dictionary): Map<TypeImport, string> {
  const taken = new Set(localNames);
  const out = new Map<TypeImport, string>();
  const counts = new Map<string, number>();
  for (const i of imports) counts.set(i.name, (counts.get(i.name) ?? 0) + 1);
  for (const i of [...imports].sort((a, b) => (`${a.id}#${a.name}` < `${b.id}#${b.name}` ? -1 : 1))) {
    let local = i.name;
    if (taken.has(local) || counts.get(i.name)! > 1) {
      const domain = dictionary.schemas.get(i.id)?.domain ?? 'external';
      const prefix = domain.split('-').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
      local = `${prefix}${i.name}`;
      for (let n = 2; taken.has(local); n++) local = `${prefix}${i.name}${n}`;
    }
    taken.add(local);
    out.set(i, local);
  }
  return out;
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
