import type { SchemaRecord } from '@ndd/registry';

/**
 * The const table of a code list, in JavaScript and its declaration: each code with its
 * Vietnamese and English labels, validity dates, successors and parent. The declaration keys the
 * table by the code union, so `provinceCodes['99']` is a type error.
 */
export function codeTable(record: SchemaRecord, typeName: string): { js: string; dts: string } {
  const constName = `${typeName[0]!.toLowerCase()}${typeName.slice(1)}Codes`;
  const lines = record.codes.map((c) => {
    const { code, ...info } = c;
    return `  ${JSON.stringify(code)}: Object.freeze(${JSON.stringify(info)}),`;
  });
  const js = `/** Codes of ${record.titleEn} (${record.title}) with their labels and validity. */\nexport const ${constName} = Object.freeze({\n${lines.join('\n')}\n});\n`;
  const dts = [
    `/** Codes of ${record.titleEn} (${record.title}) with their labels and validity. */`,
    `export declare const ${constName}: { readonly [code in ${typeName}]: CodeInfo };`,
    '',
  ].join('\n');
  return { js, dts };
}

/** The declaration of one code's information, shared by every code table. */
export const CODE_INFO_DECLARATION = `/** One code of a code list: labels, validity (ISO dates, inclusive) and successors. */
export interface CodeInfo {
  /** Vietnamese label. */
  readonly vi: string;
  /** English label. */
  readonly en: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly successors?: readonly string[];
  readonly parent?: string;
  readonly note?: string;
  /** Earlier labels, oldest first, when the name changed but the code stayed. */
  readonly labelHistory?: readonly { readonly vi: string; readonly en: string; readonly validFrom: string; readonly validTo?: string }[];
}
`;
