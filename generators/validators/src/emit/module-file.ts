import { GENERATED_BANNER } from '@ndd/generator-kit';
import type { SchemaRecord } from '@ndd/registry';
import type { CompiledModule } from '../compile/module.js';
import { commentText, jsLiteral, jsString } from '../safety/js-text.js';

/**
 * The text of a validator module: the compiled body, the module's label table, the exported
 * type guard, and the internal exports other modules call (`_validate`, `_labels`).
 *
 * The exported function is written out per module, not made by a shared factory, so that each
 * call site of the raw validator stays monomorphic.
 */
export function moduleFile(
  record: SchemaRecord,
  compiled: CompiledModule,
  exportName: string,
  codeListFunction: string | undefined,
): string {
  const raw = compiled.rawName;
  const runtime = compiled.runtime;
  const formats = [...compiled.formatMessages].map(([format, message]) => `${jsString(format)}: ${message}`).join(', ');
  const table = [
    `const ndd_table = {`,
    `  id: ${jsString(record.id)},`,
    `  labels: new Map([${[...compiled.labels].map(([path, label]) => `[${jsString(path)}, ${'table' in label ? `() => ${label.table}` : jsLiteral(label)}]`).join(', ')}]),`,
    `  formats: {${formats === '' ? '' : ` ${formats} `}},`,
    `};`,
  ].join('\n');
  const guard = [
    `/** Validates a value against ${commentText(record.id)}; on failure, errors are in \`${exportName}.errors\`. */`,
    `export function ${exportName}(data, options) {`,
    `  if (${raw}.call(options === undefined ? ${runtime.NO_OPTIONS} : ${runtime.checkOptions}(options), data)) {`,
    `    ${exportName}.errors = null;`,
    `    return true;`,
    `  }`,
    `  ${exportName}.errors = ${runtime.describe}(${raw}.errors, ndd_table);`,
    `  return false;`,
    `}`,
  ].join('\n');
  const codeList = codeListFunction ? `\n\n${codeListCode(codeListFunction, compiled.rootCodeTable, runtime)}` : '';
  return `// ${GENERATED_BANNER}\n${compiled.code}\n${table}\n\n${guard}${codeList}\n\nexport { ${raw} as _validate, ndd_table as _labels };\n`;
}

/** `isCommuneValidOn(code, date)`: whether the code list has `code` in force on `date`. */
function codeListCode(name: string, table: string | undefined, runtime: Readonly<Record<string, string>>): string {
  if (!table) throw new Error('a code list module has no code table');
  return [
    `/** Whether \`code\` is in this code list and in force on \`date\` (YYYY-MM-DD, bounds inclusive). */`,
    `export function ${name}(code, date) {`,
    `  return ${runtime['codeStatus']}(${table}, code, ${runtime['checkOptions']}({ asOf: date })) === null;`,
    `}`,
  ].join('\n');
}
