/**
 * A realistic pair of large schemas for the "compat" bench section: an entity with `count`
 * properties of mixed kinds (strings with bounds, patterns, formats and enums; integers and
 * numbers with inclusive and exclusive bounds and multipleOf; booleans; arrays with item bounds
 * and uniqueItems; nested objects, open and closed; `$ref`s to `$defs`; a `const`), in draft
 * 2020-12, and a changed version with `edits` edits of mixed kinds (compatible, breaking and
 * annotation-only). Deterministic for a seed.
 */
import { createRandom } from '../lib/random.mjs';

const FORMATS = ['date', 'date-time', 'email', 'uri', 'uuid'];
const WORDS = ['citizen', 'address', 'permit', 'vehicle', 'parcel', 'school', 'clinic', 'tax', 'invoice', 'contract', 'farm', 'license', 'household', 'account'];
const PARTS = ['Code', 'Name', 'Count', 'Amount', 'Date', 'Status', 'Email', 'Rate', 'Flag', 'Tags', 'Detail', 'Ref', 'Note', 'Level'];

/** @returns {{ before: object, after: object, edits: string[] }} */
export function schemaPair({ count = 500, edits = 20, seed = 42 } = {}) {
  const random = createRandom(seed);
  const defs = {
    provinceCode: { type: 'string', pattern: '^[0-9]{2}$', title: 'Mã tỉnh' },
    money: { type: 'integer', minimum: 0, maximum: 1e15, title: 'Số tiền' },
    period: {
      type: 'object',
      properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } },
      required: ['from'],
      additionalProperties: false,
    },
  };
  const properties = {};
  const required = [];
  for (let i = 0; Object.keys(properties).length < count; i++) {
    const name = `${random.pick(WORDS)}${random.pick(PARTS)}${i}`;
    properties[name] = property(random, 0);
    if (random.chance(0.3)) required.push(name);
  }
  const before = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://example.gov.vn/bench/large-record',
    title: 'Hồ sơ lớn',
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    $defs: defs,
  };
  const after = structuredClone(before);
  const log = [];
  const names = Object.keys(after.properties);
  const kinds = [...EDITS];
  for (let e = 0; e < edits; e++) {
    const kind = kinds[e % kinds.length];
    // Pick a property the edit applies to (a few tries), else fall through to a title change.
    let done = false;
    for (let attempt = 0; attempt < 50 && !done; attempt++) {
      const name = random.pick(names);
      if (log.some((l) => l.endsWith(` ${name}`))) continue;
      done = kind.apply(after, name, random);
      if (done) log.push(`${kind.id} ${name}`);
    }
  }
  return { before, after, edits: log };
}

function property(random, depth) {
  const roll = random.weighted(depth > 0 ? { string: 30, enum: 10, integer: 15, number: 8, boolean: 8, format: 12, array: 7, ref: 10 } : { string: 25, enum: 10, integer: 12, number: 8, boolean: 6, format: 12, array: 8, object: 8, ref: 8, const: 3 });
  const title = { title: `Trường ${random.int(1, 9999)}`, description: 'Mô tả trường dữ liệu.' };
  switch (roll) {
    case 'string':
      return random.chance(0.5)
        ? { ...title, type: 'string', minLength: 1, maxLength: random.pick([20, 100, 255, 2000]) }
        : { ...title, type: 'string', pattern: `^[A-Z]{${random.int(1, 3)}}[0-9]{${random.int(4, 10)}}$`, maxLength: 20 };
    case 'enum':
      return { ...title, type: 'string', enum: Array.from({ length: random.int(2, 12) }, (_, i) => String(i + 1).padStart(2, '0')) };
    case 'integer':
      return { ...title, type: 'integer', minimum: 0, maximum: random.pick([100, 10_000, 1_000_000]) };
    case 'number':
      return random.chance(0.5) ? { ...title, type: 'number', exclusiveMinimum: 0, maximum: 100 } : { ...title, type: 'number', minimum: 0, multipleOf: 0.01 };
    case 'boolean':
      return { ...title, type: 'boolean' };
    case 'format':
      return { ...title, type: 'string', format: random.pick(FORMATS) };
    case 'array':
      return { ...title, type: 'array', items: property(random, depth + 1), minItems: random.int(0, 1), maxItems: random.pick([5, 10, 100]), ...(random.chance(0.3) && { uniqueItems: true }) };
    case 'object': {
      const props = {};
      for (let i = 0; i < random.int(2, 6); i++) props[`${random.pick(WORDS)}${random.pick(PARTS)}`] = property(random, depth + 1);
      const keys = Object.keys(props);
      return { ...title, type: 'object', properties: props, required: keys.slice(0, 1), additionalProperties: random.chance(0.6) ? false : true };
    }
    case 'ref':
      return { ...title, $ref: random.pick(['#/$defs/provinceCode', '#/$defs/money', '#/$defs/period']) };
    default:
      return { ...title, const: 'VN' };
  }
}

/** The kinds of edit, cycled through: each returns false when it does not apply to the property. */
const EDITS = [
  { id: 'widen-maxLength', apply: (s, n) => has(s, n, 'maxLength') && ((s.properties[n].maxLength *= 2), true) },
  { id: 'narrow-maxLength', apply: (s, n) => has(s, n, 'maxLength') && s.properties[n].maxLength > 10 && ((s.properties[n].maxLength -= 5), true) },
  { id: 'add-enum-value', apply: (s, n) => has(s, n, 'enum') && (s.properties[n].enum.push('99'), true) },
  { id: 'remove-enum-value', apply: (s, n) => has(s, n, 'enum') && s.properties[n].enum.length > 2 && (s.properties[n].enum.pop(), true) },
  { id: 'integer-to-number', apply: (s, n) => s.properties[n].type === 'integer' && ((s.properties[n].type = 'number'), true) },
  { id: 'raise-minimum', apply: (s, n) => has(s, n, 'minimum') && ((s.properties[n].minimum += 1), true) },
  { id: 'change-pattern', apply: (s, n) => has(s, n, 'pattern') && ((s.properties[n].pattern = s.properties[n].pattern.replace('[0-9]', '[0-9A-F]')), true) },
  { id: 'change-format', apply: (s, n) => has(s, n, 'format') && ((s.properties[n].format = s.properties[n].format === 'date' ? 'date-time' : 'date'), true) },
  { id: 'make-required', apply: (s, n) => !s.required.includes(n) && (s.required.push(n), true) },
  { id: 'make-optional', apply: (s, n) => s.required.includes(n) && ((s.required = s.required.filter((r) => r !== n)), true) },
  { id: 'retitle', apply: (s, n) => ((s.properties[n].title = `${s.properties[n].title ?? 'Trường'} (mới)`), true) },
  { id: 'add-optional-property', apply: (s, n) => ((s.properties[`${n}Extra`] = { type: 'string', maxLength: 50, title: 'Trường mới' }), true) },
  { id: 'remove-property', apply: (s, n) => !s.required.includes(n) && (delete s.properties[n], true) },
  { id: 'lower-maxItems', apply: (s, n) => has(s, n, 'maxItems') && s.properties[n].maxItems > 5 && ((s.properties[n].maxItems = 5), true) },
  { id: 'add-uniqueItems', apply: (s, n) => s.properties[n].type === 'array' && !s.properties[n].uniqueItems && ((s.properties[n].uniqueItems = true), true) },
  { id: 'open-nested-object', apply: (s, n) => s.properties[n].additionalProperties === false && ((s.properties[n].additionalProperties = true), true) },
  { id: 'multipleOf', apply: (s, n) => has(s, n, 'multipleOf') && ((s.properties[n].multipleOf = 0.1), true) },
  { id: 'describe', apply: (s, n) => ((s.properties[n].description = 'Mô tả đã sửa.'), true) },
  { id: 'widen-to-null', apply: (s, n) => s.properties[n].type === 'boolean' && ((s.properties[n].type = ['boolean', 'null']), true) },
  { id: 'deprecate', apply: (s, n) => ((s.properties[n].deprecated = true), true) },
];

function has(schema, name, keyword) {
  return schema.properties[name][keyword] !== undefined;
}
