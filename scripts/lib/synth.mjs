/**
 * A synthetic dictionary that follows dictionary/README.md: domains with their packages, code
 * lists with `x-codes` (some codes retired with successors), elements of every JSON type, and
 * entities with nested objects, local `$defs`, arrays and `$ref`s across files (to the domain's
 * elements, to the shared `common` domain, and to earlier entities, so the graph is acyclic), full
 * `x-ndd` metadata, bilingual titles and valid examples. A few elements have a deprecated v1 and a
 * current v2.
 *
 * Pure and deterministic: the same options give byte-identical files on every machine.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { createRandom } from './random.mjs';
import { ATTRIBUTES, CODE_LABELS, COMMON_DOMAIN, DOMAINS, LIST_KINDS, PEOPLE, QUALIFIERS, SUBJECTS } from './synth-words.mjs';

export const BASE_URI = 'https://schemas.ndd.gov.vn/';
export const DIALECT = 'https://schemas.ndd.gov.vn/meta/v1/dialect';
/** Fewest schemas: enough for the shared domain and two domains with every kind. */
export const MIN_SCHEMAS = 20;
/** Written at the root of every generated dictionary, so the CLI only ever replaces its own output. */
export const MARKER_FILE = '.ndd-synth';

/**
 * Generates a dictionary of exactly `schemas` schema files (plus ndd.dictionary.json).
 * @param {{ schemas: number, seed?: number }} options
 * @returns {Map<string, string>} relative path → file text, in sorted path order
 */
export function synthesize({ schemas, seed = 42 }) {
  if (!Number.isInteger(schemas) || schemas < MIN_SCHEMAS) throw new RangeError(`schemas must be an integer >= ${MIN_SCHEMAS} (got ${schemas})`);
  const random = createRandom(seed);
  const domainCount = Math.min(DOMAINS.length, Math.max(2, Math.ceil(schemas / 400)));
  const domains = [COMMON_DOMAIN, ...DOMAINS.slice(0, domainCount)];
  const commonShare = Math.max(6, Math.round(schemas * 0.08));
  const perDomain = splitEvenly(schemas - commonShare, domainCount);
  const plan = domains.map((d, i) => ({ domain: d, count: i === 0 ? commonShare : perDomain[i - 1] }));

  const files = new Map();
  const ctx = { random, files, common: { elements: [], codelists: [] }, entities: [] };
  for (const { domain, count } of plan) synthesizeDomain(ctx, domain, count);
  files.set('ndd.dictionary.json', json(config(domains, random)));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Writes a generated dictionary into `dir`, replacing a previous synthetic one there: only the
 * files whose bytes differ are written and only the files no longer generated are removed, so
 * that writing the same dictionary again touches nothing. (The benches call this before every
 * run; deleting and re-creating thousands of files just before a timed build slowed the build's
 * own file writes several times over on a file system with online discard.) Refuses to write
 * into a non-empty directory that it did not create.
 */
export async function writeDictionary(dir, files) {
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0 && !existing.includes(MARKER_FILE)) throw new Error(`${dir} is not empty and was not made by synth; choose another --out`);
  await mkdir(dir, { recursive: true });
  const marker = 'Synthetic dictionary written by scripts/synth.mjs. Safe to delete.\n';
  const present = new Set(existing.length > 0 ? (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/')) : []);
  const wanted = new Map([[MARKER_FILE, marker], ...files]);
  for (const path of present) if (!wanted.has(path)) await rm(join(dir, path), { force: true });
  const made = new Set();
  for (const [path, text] of wanted) {
    if (present.has(path) && (await readFile(join(dir, path), 'utf8')) === text) continue;
    const parent = dirname(join(dir, path));
    if (!made.has(parent)) await mkdir(parent, { recursive: true }), made.add(parent);
    await writeFile(join(dir, path), text);
  }
}

function synthesizeDomain(ctx, domain, count) {
  const { random } = ctx;
  const isCommon = domain === COMMON_DOMAIN;
  const codelistCount = Math.max(1, Math.round(count * (isCommon ? 0.35 : 0.15)));
  const entityCount = isCommon ? 0 : Math.max(1, Math.round(count * 0.4));
  let elementBudget = count - codelistCount - entityCount;
  const names = new Set();
  const codelists = [];
  const elements = [];
  for (let i = 0; i < codelistCount; i++) codelists.push(addCodelist(ctx, domain, uniqueName(names, codelistName(random))));
  while (elementBudget > 0) {
    // About one element in 30 has a breaking revision: a deprecated v1 beside a current v2.
    const twoMajors = elementBudget >= 2 && random.chance(1 / 30);
    elements.push(...addElement(ctx, domain, uniqueName(names, elementName(random)), twoMajors));
    elementBudget -= twoMajors ? 2 : 1;
  }
  if (isCommon) {
    ctx.common.elements.push(...elements.filter((e) => !e.deprecated));
    ctx.common.codelists.push(...codelists);
  }
  const local = { elements: elements.filter((e) => !e.deprecated), codelists, entities: [] };
  for (let i = 0; i < entityCount; i++) {
    const entity = addEntity(ctx, domain, uniqueName(names, entityName(random)), local);
    local.entities.push(entity);
    ctx.entities.push(entity);
  }
}

// ---------------------------------------------------------------------------------------------
// Code lists

function codelistName(random) {
  const subject = random.pick(SUBJECTS);
  const kind = random.pick(LIST_KINDS);
  return { name: `codelists/${subject.name}-${kind.name}`, vi: `Danh mục ${kind.vi.toLowerCase()} ${subject.vi}`, en: `${subject.en} ${kind.en} codes` };
}

function addCodelist(ctx, domain, label) {
  const { random } = ctx;
  const size = random.weighted({ 4: 3, 8: 4, 15: 3, 40: 2, 120: 1 }) | 0;
  const width = String(size).length + 1;
  const codes = Array.from({ length: size }, (_, i) => String(i + 1).padStart(width, '0'));
  const entries = {};
  for (const [i, code] of codes.entries()) {
    const base = CODE_LABELS[i % CODE_LABELS.length];
    const round = Math.floor(i / CODE_LABELS.length);
    const entry = { vi: round === 0 ? base.vi : `${base.vi} ${round + 1}`, en: round === 0 ? base.en : `${base.en} ${round + 1}` };
    // Some codes were retired on 30 June 2025 and replaced, as administrative units were.
    if (i > 0 && i < size - 1 && random.chance(0.08)) Object.assign(entry, { validTo: '2025-06-30', successors: [codes[i + 1]] });
    else if (random.chance(0.3)) entry.validFrom = '2025-07-01';
    entries[code] = entry;
  }
  const schema = {
    $schema: DIALECT,
    $id: idOf(domain, label.name, 1),
    title: label.vi,
    'x-title-en': label.en,
    description: `${label.vi} dùng trong lĩnh vực ${domain.vi.toLowerCase()}.`,
    'x-description-en': `${label.en} used in the ${domain.en.toLowerCase()} domain.`,
    'x-ndd': metadata(random, domain, 'codelist', 1),
    type: 'string',
    enum: codes,
    'x-codes': entries,
    examples: [codes[0]],
  };
  return emit(ctx, domain, label, 1, schema, { kind: 'codelist', example: codes[0] });
}

// ---------------------------------------------------------------------------------------------
// Elements

function elementName(random) {
  const subject = random.pick(SUBJECTS);
  const attribute = random.pick(ATTRIBUTES);
  return { name: `${subject.name}-${attribute.name}`, vi: `${attribute.vi} ${subject.vi}`, en: capitalize(`${subject.en.toLowerCase()} ${attribute.en}`), attribute };
}

function addElement(ctx, domain, label, twoMajors) {
  const { random } = ctx;
  const { body, example } = elementBody(random, label.attribute.type);
  const build = (major, deprecatedBy) => ({
    $schema: DIALECT,
    $id: idOf(domain, label.name, major),
    title: label.vi,
    'x-title-en': label.en,
    description: `${label.vi} theo quy định của ${domain.agency.vi}.`,
    'x-description-en': `${label.en} as defined by the ${domain.agency.en}.`,
    'x-ndd': metadata(random, domain, 'element', major, deprecatedBy),
    ...(random.chance(0.15) && { 'x-aliases': { qcvn109: pascal(label.name) } }),
    ...(major === 2 ? tighten(body) : body),
    examples: [example],
  });
  if (!twoMajors) return [emit(ctx, domain, label, 1, build(1), { kind: 'element', example })];
  const v2 = emit(ctx, domain, label, 2, build(2), { kind: 'element', example });
  const v1 = emit(ctx, domain, label, 1, build(1, v2.id), { kind: 'element', example, deprecated: true });
  return [v1, v2];
}

function elementBody(random, type) {
  switch (type) {
    case 'code': {
      const letters = random.int(1, 3);
      const digits = random.int(4, 10);
      const example = `${'ABCDEFGH'.slice(0, letters)}${String(random.int(0, 10 ** digits - 1)).padStart(digits, '0')}`;
      return { body: { type: 'string', pattern: `^[A-Z]{${letters}}[0-9]{${digits}}$`, maxLength: letters + digits }, example };
    }
    case 'text':
      return { body: { type: 'string', minLength: 1, maxLength: random.pick([100, 255, 500, 2000]) }, example: random.pick(PEOPLE) };
    case 'date':
      return { body: { type: 'string', format: 'date' }, example: `20${random.int(10, 25)}-0${random.int(1, 9)}-${random.int(10, 28)}` };
    case 'money':
      return { body: { type: 'integer', minimum: 0, maximum: 1e15 }, example: random.int(1, 500) * 10_000 };
    case 'count':
      return { body: { type: 'integer', minimum: 0, maximum: random.pick([100, 10_000, 1_000_000]) }, example: random.int(0, 100) };
    case 'email':
      return { body: { type: 'string', format: 'email', maxLength: 254 }, example: `hopthu${random.int(1, 999)}@example.gov.vn` };
    case 'boolean':
      return { body: { type: 'boolean' }, example: random.chance(0.5) };
    case 'ratio':
      return { body: { type: 'number', minimum: 0, maximum: 100 }, example: random.int(0, 1000) / 10 };
    default:
      throw new Error(`unknown attribute type ${type}`);
  }
}

/** The breaking change that made v2: a narrower string, or a bound added to a number. */
function tighten(body) {
  if (body.type === 'string' && body.maxLength !== undefined && body.pattern === undefined) return { ...body, maxLength: Math.max(body.maxLength, 100) - 50 };
  if (body.type === 'string') return { ...body, minLength: 1 };
  return body;
}

// ---------------------------------------------------------------------------------------------
// Entities

function entityName(random) {
  const subject = random.pick(SUBJECTS);
  if (random.chance(0.3)) return { name: subject.name, vi: capitalize(subject.vi), en: subject.en };
  const q = random.pick(QUALIFIERS);
  return { name: `${subject.name}-${q.name}`, vi: `${q.vi} ${subject.vi}`, en: `${subject.en} ${q.en}` };
}

function addEntity(ctx, domain, label, local) {
  const { random } = ctx;
  const properties = {};
  const required = [];
  const example = {};
  const defs = {};
  const used = new Set();
  const propertyCount = random.int(5, 16);
  for (let i = 0; i < propertyCount; i++) {
    const roll = random.weighted({ element: 40, common: 15, codelist: 15, inline: 10, nested: 8, def: 4, entity: 5, entities: 3 });
    const built = entityProperty(ctx, roll, local, defs);
    if (built === undefined) continue;
    const name = uniquePropertyName(used, built.name);
    properties[name] = built.schema;
    if (built.example !== undefined) {
      example[name] = built.example;
      if (random.chance(0.5)) required.push(name);
    }
  }
  // Every record has an identifier: the first property, always required.
  const [first] = Object.keys(properties);
  if (first !== undefined && example[first] !== undefined && !required.includes(first)) required.unshift(first);
  const schema = {
    $schema: DIALECT,
    $id: idOf(domain, label.name, 1),
    title: label.vi,
    'x-title-en': label.en,
    description: `Bản ghi ${label.vi.toLowerCase()} trao đổi giữa các hệ thống thông tin.`,
    'x-description-en': `The ${label.en.toLowerCase()} record exchanged between information systems.`,
    'x-ndd': metadata(random, domain, 'entity', 1),
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
    ...(Object.keys(defs).length > 0 && { $defs: defs }),
    examples: [example],
  };
  return emit(ctx, domain, label, 1, schema, { kind: 'entity', example });
}

function entityProperty(ctx, roll, local, defs) {
  const { random } = ctx;
  switch (roll) {
    case 'element':
    case 'common': {
      const pool = roll === 'common' || local.elements.length === 0 ? ctx.common.elements : local.elements;
      return pool.length === 0 ? undefined : refProperty(random.pick(pool));
    }
    case 'codelist': {
      const pool = random.chance(0.5) ? local.codelists : ctx.common.codelists;
      return pool.length === 0 ? undefined : refProperty(random.pick(pool));
    }
    case 'inline': {
      const field = random.pick(INLINE_FIELDS);
      const { body, example } = elementBody(random, field.type);
      return { name: field.name, schema: { ...labels(field), ...body, examples: [example] }, example };
    }
    case 'nested':
      return nestedObject(ctx, local, 1);
    case 'def': {
      const target = random.pick(local.elements.length > 0 ? local.elements : ctx.common.elements);
      if (target === undefined) return undefined;
      const defName = camel(target.name.replace(/^codelists\//, ''));
      defs[defName] = { $ref: target.id, title: target.title, 'x-title-en': target.titleEn };
      return { name: `${defName}Local`, schema: { $ref: `#/$defs/${defName}`, ...labelsOf(target), examples: [target.example] }, example: target.example };
    }
    case 'entity':
    case 'entities': {
      // Only earlier entities: the reference graph stays acyclic, as generators need.
      const pool = local.entities.length > 0 && random.chance(0.8) ? local.entities : ctx.entities;
      if (pool.length === 0) return undefined;
      const target = random.pick(pool);
      const base = camel(target.name.split('/').pop());
      if (roll === 'entity') return { name: `related${pascal(base)}`, schema: { $ref: target.id, ...labelsOf(target) } };
      return { name: `${base}List`, schema: { type: 'array', items: { $ref: target.id }, maxItems: 1000, ...labelsOf(target) } };
    }
  }
  return undefined;
}

function nestedObject(ctx, local, depth) {
  const { random } = ctx;
  const properties = {};
  const example = {};
  const count = random.int(2, 4);
  for (let i = 0; i < count; i++) {
    const built =
      depth < 2 && random.chance(0.2)
        ? nestedObject(ctx, local, depth + 1)
        : entityProperty(ctx, random.pick(['element', 'common', 'codelist', 'inline']), local, {});
    if (built === undefined || properties[built.name] !== undefined) continue;
    properties[built.name] = built.schema;
    example[built.name] = built.example;
  }
  const part = random.pick([
    { name: 'contact', vi: 'Thông tin liên hệ', en: 'Contact details' },
    { name: 'place', vi: 'Địa điểm', en: 'Place' },
    { name: 'period', vi: 'Thời hạn', en: 'Period' },
    { name: 'issuer', vi: 'Cơ quan cấp', en: 'Issuing authority' },
  ]);
  const keys = Object.keys(properties);
  return {
    name: `${part.name}${depth > 1 ? 'Detail' : ''}`,
    schema: {
      title: part.vi,
      'x-title-en': part.en,
      description: `${part.vi} của bản ghi.`,
      'x-description-en': `${part.en} of the record.`,
      type: 'object',
      properties,
      ...(keys.length > 0 && { required: keys.slice(0, 1) }),
      additionalProperties: false,
      examples: [example],
    },
    example,
  };
}

function refProperty(target) {
  return { name: camel(target.name.split('/').pop()), schema: { $ref: target.id, ...labelsOf(target), examples: [target.example] }, example: target.example };
}

function labelsOf(target) {
  return { title: target.title, 'x-title-en': target.titleEn, description: `${target.title}.`, 'x-description-en': `${target.titleEn}.` };
}

/** Properties written inline in an entity rather than by `$ref`. */
const INLINE_FIELDS = [
  { name: 'remark', vi: 'Ghi chú', en: 'remark', type: 'text' },
  { name: 'recordedOn', vi: 'Ngày ghi nhận', en: 'date recorded', type: 'date' },
  { name: 'sequence', vi: 'Số thứ tự', en: 'sequence number', type: 'count' },
  { name: 'verified', vi: 'Đã xác minh', en: 'verified', type: 'boolean' },
];

function labels(field) {
  return { title: field.vi, 'x-title-en': capitalize(field.en), description: `${field.vi} của bản ghi.`, 'x-description-en': `The record's ${field.en}.` };
}

// ---------------------------------------------------------------------------------------------
// Metadata and configuration

function metadata(random, domain, kind, major, deprecatedBy) {
  const status = deprecatedBy ? 'superseded' : random.weighted({ standard: 40, recorded: 20, qualified: 15, candidate: 10, preferred: 10 });
  const layer = kind === 'codelist' ? 'reference' : kind === 'element' ? random.pick(['master', 'reference']) : random.pick(['master', 'transactional', 'transactional']);
  const year = random.int(2015, 2025);
  return {
    version: `${major}.${random.int(0, 5)}.${random.int(0, 9)}`,
    kind,
    status,
    layer,
    steward: { agency: domain.agency },
    legalBasis: [
      {
        document: `${random.int(10, 350)}/${year}/NĐ-CP`,
        title: { vi: `Nghị định quy định chi tiết về ${domain.vi.toLowerCase()}`, en: `Decree detailing ${domain.en.toLowerCase()}` },
        provision: `Điều ${random.int(1, 60)}`,
        issued: `${year}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        confidence: status === 'candidate' ? 'unverified' : 'likely',
      },
    ],
    management: {
      sourceSystem: { vi: `Cơ sở dữ liệu quốc gia về ${domain.vi.toLowerCase()}`, en: `National ${domain.en.toLowerCase()} database` },
      owner: domain.agency,
    },
    ...(deprecatedBy && {
      deprecated: { since: '2025-07-01', successor: deprecatedBy, reason: { vi: 'Thay thế bởi phiên bản 2.', en: 'Replaced by version 2.' } },
    }),
  };
}

function config(domains, random) {
  return {
    $schema: '../packages/registry/meta/dictionary-config.schema.json',
    baseUri: BASE_URI,
    title: { vi: 'Từ điển dữ liệu tổng hợp (thử nghiệm hiệu năng)', en: 'Synthetic data dictionary (performance testing)' },
    domains: Object.fromEntries(
      [...domains]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((d) => [
          d.name,
          {
            title: { vi: d.vi, en: d.en },
            description: { vi: `Dữ liệu dùng chung của lĩnh vực ${d.vi.toLowerCase()}.`, en: `Shared data of the ${d.en.toLowerCase()} domain.` },
            package: `@ndd/${d.name}`,
            steward: d.agency,
            compatibility: random.chance(0.8) ? 'FULL_TRANSITIVE' : 'BACKWARD',
          },
        ]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function emit(ctx, domain, label, major, schema, extra) {
  ctx.files.set(`${domain.name}/${label.name}/v${major}.schema.json`, json(schema));
  return { id: schema.$id, name: label.name, title: schema.title, titleEn: schema['x-title-en'], ...extra };
}

function idOf(domain, name, major) {
  return `${BASE_URI}${domain.name}/${name}/v${major}`;
}

/** Makes a property name unique in `taken`, staying lowerCamelCase (`detail2`). */
function uniquePropertyName(taken, name) {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}${n}`;
  taken.add(unique);
  return unique;
}

/** Makes `label.name` unique in `taken` by a numeric suffix (`patient-code-2`). */
function uniqueName(taken, label) {
  let name = label.name;
  for (let n = 2; taken.has(name); n++) name = `${label.name}-${n}`;
  taken.add(name);
  if (name === label.name) return label;
  const n = name.slice(label.name.length + 1);
  return { ...label, name, ...(label.vi !== undefined && { vi: `${label.vi} ${n}`, en: `${label.en} ${n}` }) };
}

function splitEvenly(total, parts) {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

function json(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function camel(kebab) {
  return kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function pascal(kebab) {
  const c = camel(kebab);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
