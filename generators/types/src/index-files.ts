import { GENERATED_BANNER, modulePathOf, type GeneratedFile } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord } from '@ndd/registry';
import { CODE_INFO_DECLARATION } from './codelist.js';

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
