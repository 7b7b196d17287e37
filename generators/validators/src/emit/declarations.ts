import { GENERATED_BANNER } from '@ndd/generator-kit';
import type { SchemaRecord } from '@ndd/registry';
import { commentText, jsString } from '../safety/js-text.js';
import { relativeSpecifier } from './paths.js';

/**
 * The `.d.ts` of a validator module: a type guard for the schema's generated type (imported from
 * the types generator's `types/<name>/v<major>.js`), with TSDoc from the dictionary's labels.
 */
export function declarationFile(
  record: SchemaRecord,
  file: string,
  typeFile: string,
  typeName: string,
  exportName: string,
  allErrors: boolean,
  codeListFunction: string | undefined,
): string {
  const doc = [
    `/**`,
    ` * ${commentText(record.title)} — ${commentText(record.titleEn)}.`,
    ` *`,
    ` * ${allErrors ? 'Kiểm tra và báo mọi lỗi.' : 'Kiểm tra và dừng ở lỗi đầu tiên.'} ${allErrors ? 'Validates and reports every error.' : 'Validates and stops at the first error.'}`,
    ` * Schema: ${commentText(record.id)}`,
    ...(record.metadata.deprecated ? [` * @deprecated ${commentText(record.metadata.deprecated.reason.en)}`] : []),
    ` */`,
  ].join('\n');
  const lines = [
    `// ${GENERATED_BANNER}`,
    `import type { ${typeName} } from ${jsString(relativeSpecifier(file, typeFile))};`,
    `import type { ValidateFunction } from ${jsString(relativeSpecifier(file, 'validators/_runtime/types.js'))};`,
    '',
    doc,
    `export declare const ${exportName}: ValidateFunction<${typeName}>;`,
  ];
  if (codeListFunction) {
    lines.push(
      '',
      `/** Whether \`code\` is in ${commentText(record.titleEn)} and in force on \`date\` (YYYY-MM-DD, bounds inclusive). */`,
      `export declare function ${codeListFunction}(code: string, date: string): boolean;`,
    );
  }
  return `${lines.join('\n')}\n`;
}
