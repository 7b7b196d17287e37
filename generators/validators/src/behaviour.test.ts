/**
 * What a ministry's developer sees: bilingual messages built from the dictionary's labels,
 * code lists checked at a date, shared definitions imported once, and the bytes saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as formatsPackage from '@ndd/formats';
import type { GeneratedFile } from '@ndd/generator-kit';
import type { Dictionary } from '@ndd/registry';
import { NDD_FORMATS, formatImport } from './compile/formats.js';
import { generateValidators } from './generate.js';
import { measureBytes } from './measure.js';
import { runNode, writePackage } from './testing/package-dir.js';
import { realDictionary } from './testing/real-dictionary.js';
import { removeTemporaryDirectories } from './testing/temporary.js';

afterAll(removeTemporaryDirectories);

let dictionary: Dictionary;
let files: readonly GeneratedFile[];
let root: string;

beforeAll(async () => {
  dictionary = await realDictionary();
  files = generateValidators(dictionary, dictionary.domains.get('core')!).files;
  root = writePackage('@ndd/core', files);
});

describe('messages', () => {
  it('are Vietnamese by default and English on request, with the pointer and the labels', () => {
    const out = runNode<{ vi: string; en: string; first: string; paths: string[] }>(
      root,
      `
import { validateAddressAllErrors, validatePersonalIdentificationNumber, localize, errorsText } from "@ndd/core/validators";
validateAddressAllErrors({ provinceCode: 1, detail: "" });
const errors = validateAddressAllErrors.errors;
const vi = errorsText(errors);
localize.en(errors);
validatePersonalIdentificationNumber("001485012345");
console.log(JSON.stringify({ vi, en: errorsText(errors), first: errorsText(validatePersonalIdentificationNumber.errors), paths: errors.map((e) => e.schemaPath) }));
`,
    );
    expect(out.vi.split('\n')).toEqual([
      '/: Mã xã, phường, đặc khu ("communeCode") là trường bắt buộc',
      '/provinceCode: Mã tỉnh, thành phố phải là chuỗi ký tự',
      '/provinceCode: Mã tỉnh, thành phố không có trong danh mục',
      '/detail: Địa chỉ chi tiết phải có ít nhất 1 ký tự',
      '/detail: Địa chỉ chi tiết không khớp mẫu "^\\\\S+( \\\\S+)*$"',
    ]);
    expect(out.en.split('\n')).toEqual([
      '/: Commune code ("communeCode") is required',
      '/provinceCode: Province code must be a string',
      '/provinceCode: Province code is not in the code list',
      '/detail: Address detail must have at least 1 characters',
      '/detail: Address detail must match pattern "^\\\\S+( \\\\S+)*$"',
    ]);
    // A format error uses the format's own bilingual message from @ndd/formats.
    expect(out.first).toBe(`/: ${formatsPackage.vnPersonalIdMessage.vi}`);
    // Schema paths are absolute: which schema failed, not only which keyword.
    expect(out.paths).toEqual([
      'https://schemas.ndd.gov.vn/core/address/v1#/required',
      'https://schemas.ndd.gov.vn/core/codelists/province/v1#/type',
      'https://schemas.ndd.gov.vn/core/codelists/province/v1#/enum',
      'https://schemas.ndd.gov.vn/core/address/v1#/properties/detail/minLength',
      'https://schemas.ndd.gov.vn/core/address/v1#/properties/detail/pattern',
    ]);
  });
});

describe('code lists at a date', () => {
  it('answers per code list, and checks whole records with the asOf option', () => {
    const out = runNode<Record<string, unknown>>(
      root,
      `
import { isCommuneValidOn, isProvinceValidOn, validateAddress, errorsText } from "@ndd/core/validators";
const address = { provinceCode: "01", communeCode: "00004" };
const result = {
  communeBefore: isCommuneValidOn("00004", "2024-05-01"),
  communeFrom: isCommuneValidOn("00004", "2025-07-01"),
  unknownCode: isCommuneValidOn("00001", "2025-07-01"),
  province: isProvinceValidOn("01", "2026-01-01"),
  anyDate: validateAddress(address),
  asOfOld: validateAddress(address, { asOf: "2024-05-01" }),
  message: errorsText(validateAddress.errors),
  asOfNew: validateAddress(address, { asOf: "2025-07-01" }),
};
try { validateAddress(address, { asOf: "1/5/2024" }); result.badDate = "accepted"; } catch (e) { result.badDate = e.constructor.name; }
console.log(JSON.stringify(result));
`,
    );
    expect(out).toEqual({
      communeBefore: false,
      communeFrom: true,
      unknownCode: false,
      province: true,
      anyDate: true,
      asOfOld: false,
      message: '/provinceCode: Mã tỉnh, thành phố không có hiệu lực vào ngày 2024-05-01 (hiệu lực từ 2025-07-01)',
      asOfNew: true,
      badDate: 'TypeError',
    });
  });
});

describe('shared definitions', () => {
  it('compiles each referenced schema once and imports it', () => {
    const js = files.filter((f) => f.path.endsWith('.js') && !f.path.endsWith('.all-errors.js'));
    // The 3,321 communes' code table is in the commune module only, however many use it.
    const commune = js.find((f) => f.path === 'validators/codelists/commune/v1.js')!.contents;
    const table = /^const obj\d+ = ndd_codeTable\(.*\);$/m.exec(commune)![0].slice(20);
    expect(table.length).toBeGreaterThan(3321 * 5);
    expect(js.filter((f) => f.contents.includes(table)).map((f) => f.path)).toEqual(['validators/codelists/commune/v1.js']);
    const address = js.find((f) => f.path === 'validators/address/v1.js')!.contents;
    expect(address).toContain('from "../codelists/commune/v1.js"');
    const person = js.find((f) => f.path === 'validators/person/v1.js')!.contents;
    expect(person).toContain('from "../address/v1.js"');
    expect(person).not.toContain('from "../codelists/commune/v1.js"');
  });

  it('is pure ESM: no require anywhere', () => {
    for (const file of files.filter((f) => f.path.endsWith('.js'))) expect(file.contents).not.toMatch(/\brequire\(/);
  });

  it('generates far fewer bytes than ajv standalone file by file', () => {
    const report = measureBytes(dictionary, dictionary.domains.get('core')!);
    expect(report.schemas).toBe(dictionary.domains.get('core')!.schemaIds.length);
    expect(report.nddFirstErrorJs).toBeGreaterThan(0);
    expect(report.nddFirstErrorJs * 5).toBeLessThan(report.naiveJs);
    expect(report.nddAllJs).toBeLessThan(report.naiveJs);
  });
});

describe('formats', () => {
  it('imports each ndd format from its own @ndd/formats module, by the names that module exports', () => {
    expect([...NDD_FORMATS].sort()).toEqual(Object.keys(formatsPackage.formats).sort());
    for (const format of NDD_FORMATS) {
      const target = formatImport(format)!;
      expect(target.specifier).toBe(`@ndd/formats/${format}`);
      expect(formatsPackage[target.check as keyof typeof formatsPackage]).toBe(formatsPackage.formats[format as keyof typeof formatsPackage.formats]);
      expect(formatsPackage[target.message as keyof typeof formatsPackage]).toBe(formatsPackage.formatMessages[format as keyof typeof formatsPackage.formatMessages]);
    }
  });
});

describe('determinism', () => {
  it('produces byte-identical output on a second run', () => {
    const again = generateValidators(dictionary, dictionary.domains.get('core')!).files;
    expect(again).toEqual(files);
  });
});
