/**
 * A property that is only a `$ref` to another dictionary schema is labelled with that schema's
 * title, read from the referenced module when an error is reported: the referrer's module holds
 * no copy of the title, so editing the title regenerates one validator, not every referrer's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '@ndd/registry';
import { generateValidators } from './generate.js';
import { fixtureDictionary, refTo } from './testing/fixture-dictionary.js';
import { runNode, writePackage } from './testing/package-dir.js';
import { removeTemporaryDirectories } from './testing/temporary.js';

afterAll(removeTemporaryDirectories);

const schemas = (title: string, titleEn: string) => ({
  'core/unit-code/v1': { title, 'x-title-en': titleEn, type: 'string', pattern: '^[0-9]{3}$' },
  'core/holder/v1': {
    title: 'Chủ thể',
    'x-title-en': 'Holder',
    type: 'object',
    properties: { unit: { $ref: refTo('core/unit-code/v1') }, note: { type: 'string' } },
    required: ['unit'],
    additionalProperties: false,
  },
});

const generated = (dictionary: Dictionary) => generateValidators(dictionary, dictionary.domains.get('core')!).files;

function messages(dictionary: Dictionary): { vi: string[]; en: string[] } {
  const root = writePackage('@ndd/core', generated(dictionary));
  return runNode(
    root,
    `
import { validateHolderAllErrors, localize, errorsText } from "@ndd/core/validators";
validateHolderAllErrors({});
const missing = validateHolderAllErrors.errors;
validateHolderAllErrors({ unit: 7 });
const wrong = validateHolderAllErrors.errors;
const vi = [errorsText(missing), errorsText(wrong)];
localize.en(missing);
localize.en(wrong);
console.log(JSON.stringify({ vi, en: [errorsText(missing), errorsText(wrong)] }));
`,
  );
}

describe('labels of $ref-only properties', () => {
  it('come from the referenced schema at run time, so a title edit changes messages, not the referrer', async () => {
    const before = await fixtureDictionary(schemas('Mã đơn vị', 'Unit code'));
    const after = await fixtureDictionary(schemas('Mã số đơn vị', 'Unit number'));

    expect(messages(before)).toEqual({
      vi: ['/: Mã đơn vị ("unit") là trường bắt buộc', '/unit: Mã đơn vị phải là chuỗi ký tự'],
      en: ['/: Unit code ("unit") is required', '/unit: Unit code must be a string'],
    });
    expect(messages(after)).toEqual({
      vi: ['/: Mã số đơn vị ("unit") là trường bắt buộc', '/unit: Mã số đơn vị phải là chuỗi ký tự'],
      en: ['/: Unit number ("unit") is required', '/unit: Unit number must be a string'],
    });

    // The referrer's modules are the same bytes either way; the target's are not.
    const text = (dictionary: Dictionary, path: string) => generated(dictionary).find((f) => f.path === path)?.contents;
    for (const path of ['validators/holder/v1.js', 'validators/holder/v1.all-errors.js']) {
      expect(text(before, path)).toBeDefined();
      expect(text(after, path)).toBe(text(before, path));
      expect(text(before, path)).not.toContain('Mã đơn vị');
    }
    expect(text(after, 'validators/unit-code/v1.js')).not.toBe(text(before, 'validators/unit-code/v1.js'));
  }, 60_000);
});
