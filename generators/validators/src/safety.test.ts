/**
 * Untrusted schema content: hostile names and texts cannot break out of generated code or
 * comments, and patterns that may backtrack catastrophically are never compiled.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generateValidators } from './generate.js';
import { checkPattern } from './safety/redos.js';
import { fixtureDictionary, refTo } from './testing/fixture-dictionary.js';
import { runNode, writePackage } from './testing/package-dir.js';
import { removeTemporaryDirectories } from './testing/temporary.js';

afterAll(removeTemporaryDirectories);

const BREAKOUT = '*/ globalThis.pwned = "comment"; /*';
const TEMPLATE = '${globalThis.pwned = "template"}`';
const QUOTES = 'a"b\'c`d\\e';
const SEPARATORS = 'line\u2028paragraph\u2029end';

const hostileSchemas = {
  'core/hostile/v1': {
    title: `Thù địch ${BREAKOUT}`,
    'x-title-en': `Hostile ${SEPARATORS} ${TEMPLATE}`,
    description: `Mô tả ${BREAKOUT} // ${SEPARATORS}`,
    'x-description-en': `Description ${TEMPLATE}`,
    type: 'object',
    properties: {
      short: { title: `Ngắn ${BREAKOUT}`, 'x-title-en': 'Short', type: 'string', maxLength: 3 },
      // Computed keys: a literal `__proto__:` would set the prototype, not make a property.
      object: { title: 'Đối tượng', 'x-title-en': 'Object', const: { ['__proto__']: { polluted: true } } },
      choice: { title: 'Lựa chọn', 'x-title-en': 'Choice', enum: [{ ['__proto__']: 1 }, 'plain'] },
      [QUOTES]: { title: `Dấu nháy ${TEMPLATE}`, 'x-title-en': `Quotes ${QUOTES}`, type: 'string', pattern: '^x"\\*/$' },
      constructor: { title: 'Hàm tạo', 'x-title-en': 'Constructor', type: 'integer' },
      [`${BREAKOUT}\u2028`]: { title: SEPARATORS, 'x-title-en': SEPARATORS, const: `${BREAKOUT}${TEMPLATE}` },
    },
    required: ['short', QUOTES],
    additionalProperties: false,
    examples: [{ short: 'abc', [QUOTES]: 'x"*/' }],
  },
  'core/proto/v1': { title: 'Nguyên mẫu', 'x-title-en': 'Prototype', type: 'object', properties: { ['__proto__']: { type: 'string' } } },
  'core/catastrophic/v1': { title: 'Thảm họa', 'x-title-en': 'Catastrophic', type: 'string', pattern: '^(a|a)*$' },
  'core/uses-catastrophic/v1': { title: 'Dùng thảm họa', 'x-title-en': 'Uses catastrophic', type: 'object', properties: { x: { $ref: refTo('core/catastrophic/v1') } } },
  'core/catastrophic-keys/v1': { title: 'Khóa thảm họa', 'x-title-en': 'Catastrophic keys', type: 'object', patternProperties: { '^(x+)+$': { type: 'string' } } },
};

describe('ReDoS check', () => {
  it('accepts the patterns the dictionary uses and refuses catastrophic ones', () => {
    expect(checkPattern('^([0-9]{10}(-[0-9]{3})?|[0-9]{12})$').safe).toBe(true);
    expect(checkPattern('^\\S+( \\S+)*$').safe).toBe(true);
    const verdict = checkPattern('^(a|a)*$');
    expect(verdict.safe).toBe(false);
    expect(verdict.reason).toMatch(/exponential/);
    expect(checkPattern('^(x+)+$').safe).toBe(false);
    expect(checkPattern('(').safe).toBe(false);
  });

  it('leaves out a schema with an unsafe pattern or property pattern, and its dependents, with diagnostics', async () => {
    const dictionary = await fixtureDictionary(hostileSchemas);
    const output = generateValidators(dictionary, dictionary.domains.get('core')!);
    const paths = output.files.map((f) => f.path);
    expect(output.diagnostics.filter((d) => d.file === 'core/hostile/v1.schema.json')).toEqual([]);
    expect(paths).toContain('validators/hostile/v1.js');
    for (const name of ['catastrophic', 'uses-catastrophic', 'catastrophic-keys', 'proto']) {
      expect(paths.filter((p) => p.startsWith(`validators/${name}/`))).toEqual([]);
    }
    const byCode = output.diagnostics.map((d) => `${d.code} ${d.file} ${d.pointer}`).sort();
    expect(byCode).toEqual([
      'validators/not-generated core/catastrophic-keys/v1.schema.json ',
      'validators/not-generated core/catastrophic/v1.schema.json ',
      'validators/not-generated core/proto/v1.schema.json ',
      'validators/not-generated core/uses-catastrophic/v1.schema.json ',
      'validators/unsafe-pattern core/catastrophic-keys/v1.schema.json /patternProperties/^(x+)+$',
      'validators/unsafe-pattern core/catastrophic/v1.schema.json /pattern',
      'validators/unsupported-property-name core/proto/v1.schema.json /properties/__proto__',
    ]);
    // No unsafe pattern reaches any generated file, not even the index.
    for (const file of output.files) {
      expect(file.contents).not.toContain('(a|a)*');
      expect(file.contents).not.toContain('(x+)+');
    }
  });
});

describe('hostile schema text', () => {
  it('cannot break out of generated code or comments, and the validator still works', async () => {
    const dictionary = await fixtureDictionary(hostileSchemas);
    const output = generateValidators(dictionary, dictionary.domains.get('core')!);
    for (const file of output.files) {
      expect(file.contents).not.toMatch(/[\u2028\u2029]/);
    }
    // The declarations carry the titles in TSDoc: `*/` must not close the comment early.
    const declaration = output.files.find((f) => f.path === 'validators/hostile/v1.d.ts')!.contents;
    expect(declaration).toContain('Thù địch');
    expect(declaration).not.toContain('*/ globalThis');
    const root = writePackage('@ndd/core', output.files);
    const result = runNode<{ pwned: unknown; polluted: unknown; first: unknown; results: unknown[] }>(
      root,
      `
import { validateHostile, validateHostileAllErrors, localize } from "@ndd/core/validators";
const QUOTES = ${JSON.stringify(QUOTES)};
const record = (extra) => Object.assign({ short: "abc", [QUOTES]: 'x"*/' }, extra);
const results = [];
const check = (data) => {
  const valid = validateHostileAllErrors(data);
  const errors = validateHostileAllErrors.errors ?? [];
  const vi = errors.map((e) => e.message);
  localize.en(errors);
  results.push({ valid, errors: errors.map((e) => ({ keyword: e.keyword, path: e.instancePath, vi: vi.shift(), en: e.message })) });
};
check(record({}));
check({ short: "toolong" });
check(record({ constructor: 1.5 }));
check({ [QUOTES]: 'x"*/' });
check(record(JSON.parse('{"object": {"__proto__": {"polluted": true}}, "choice": {"__proto__": 1}}')));
check(record({ object: { polluted: true }, choice: {} }));
console.log(JSON.stringify({ pwned: globalThis.pwned ?? null, polluted: {}.polluted ?? null, results, first: validateHostile(record({})) }));
`,
    );
    expect(result.pwned).toBeNull();
    expect(result.polluted).toBeNull();
    expect(result.first).toBe(true);
    expect(result.results).toEqual([
      { valid: true, errors: [] },
      {
        valid: false,
        errors: [
          { keyword: 'required', path: '', vi: `Dấu nháy ${TEMPLATE} (${JSON.stringify(QUOTES)}) là trường bắt buộc`, en: `Quotes ${QUOTES} (${JSON.stringify(QUOTES)}) is required` },
          { keyword: 'maxLength', path: '/short', vi: `Ngắn ${BREAKOUT} không được dài quá 3 ký tự`, en: 'Short must not be longer than 3 characters' },
        ],
      },
      { valid: false, errors: [{ keyword: 'type', path: '/constructor', vi: 'Hàm tạo phải là số nguyên', en: 'Constructor must be an integer' }] },
      {
        valid: false,
        errors: [{ keyword: 'required', path: '', vi: `Ngắn ${BREAKOUT} ("short") là trường bắt buộc`, en: 'Short ("short") is required' }],
      },
      { valid: true, errors: [] },
      {
        valid: false,
        errors: [
          { keyword: 'const', path: '/object', vi: 'Đối tượng phải bằng {"__proto__":{"polluted":true}}', en: 'Object must be equal to {"__proto__":{"polluted":true}}' },
          { keyword: 'enum', path: '/choice', vi: 'Lựa chọn phải là một trong các giá trị {"__proto__":1}, "plain"', en: 'Choice must be one of {"__proto__":1}, "plain"' },
        ],
      },
    ]);
  });
});
