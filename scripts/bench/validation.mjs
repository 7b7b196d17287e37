/**
 * Bench section "validation": throughput of ndd's generated validator on realistic person
 * records, valid and invalid, against ajv compiled in-process from the same schemas (with the
 * same formats) and @cfworker/json-schema (the same formats added). Issue 4 goals: ndd ≥ 1.0×
 * ajv on valid records (stretch 1.25×), ≥ 10× @cfworker/json-schema.
 *
 * All three run in this process on the same records, interleaved round by round, in
 * first-error mode (ajv's default, cfworker's shortCircuit); the figure is the median of the
 * rounds. The generated package is written to the bench cache and imported by plain Node.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Validator, format as cfworkerFormats } from '@cfworker/json-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { formats as nddFormats } from '@ndd/formats';
import { generateValidators } from '@ndd/generator-validators';
import { loadDictionary, NDD_KEYWORDS } from '@ndd/registry';
import { formatTable, median } from './harness.mjs';

export const name = 'validation';
export const title = 'Validation throughput on person records: ndd generated vs ajv in-process vs @cfworker/json-schema';

const PERSON = 'https://schemas.ndd.gov.vn/core/person/v1';
const RECORDS = 2000;

/** @param {{ root: string, runs: number, cacheDir: string, seed: number }} options */
export async function run({ root, runs, cacheDir, seed }) {
  const rows = await measure({ root, runs, cacheDir, seed });
  const table = formatTable(
    [
      { key: 'records', label: 'records' },
      { key: 'validator', label: 'validator' },
      { key: 'perSecond', label: 'records/s (median)' },
      { key: 'vsAjv', label: '× ajv' },
      { key: 'vsCfworker', label: '× cfworker' },
    ],
    rows.map((r) => ({
      ...r,
      perSecond: Math.round(r.perSecond).toLocaleString('en'),
      vsAjv: r.vsAjv.toFixed(2),
      vsCfworker: r.vsCfworker.toFixed(1),
    })),
  );
  return `${table}\n\n${RECORDS.toLocaleString('en')} records a set, ${Math.max(5, runs * 4)} rounds; goals: ndd ≥ 1.00× ajv on valid records (stretch 1.25×), ≥ 10× cfworker.`;
}

/** The measurements as data: one row per record set and validator. */
export async function measure({ root, runs, cacheDir, seed }) {
  const { dictionary } = await loadDictionary(join(root, 'dictionary'));
  if (!dictionary?.schemas.has(PERSON)) throw new Error(`the dictionary has no ${PERSON}`);
  const core = dictionary.domains.get('core');
  const validators = {
    ndd: await nddValidator(dictionary, core, join(cacheDir, 'validation-package'), root),
    ajv: ajvValidator(dictionary),
    cfworker: cfworkerValidator(dictionary),
  };
  const person = dictionary.schemas.get(PERSON);
  const valid = validRecords(dictionary, person, seed);
  const invalid = valid.map(breakRecord);
  const sets = { valid, invalid };
  // Every validator must agree on every record before its speed means anything.
  for (const [setName, records] of Object.entries(sets)) {
    for (const record of records) {
      for (const [vName, validate] of Object.entries(validators)) {
        if (validate(record) !== (setName === 'valid')) throw new Error(`${vName} says ${!(setName === 'valid')} on a ${setName} record: ${JSON.stringify(record)}`);
      }
    }
  }
  const rounds = Math.max(5, runs * 4);
  const rows = [];
  for (const [setName, records] of Object.entries(sets)) {
    const times = { ndd: [], ajv: [], cfworker: [] };
    for (let round = -2; round < rounds; round++) {
      for (const [vName, validate] of Object.entries(validators)) {
        const start = performance.now();
        let ok = 0;
        for (let i = 0; i < records.length; i++) if (validate(records[i])) ok++;
        const elapsed = performance.now() - start;
        if (ok !== (setName === 'valid' ? records.length : 0)) throw new Error('validators disagree');
        if (round >= 0) times[vName].push(elapsed);
      }
    }
    const perSecond = Object.fromEntries(Object.entries(times).map(([k, t]) => [k, (records.length / median(t)) * 1000]));
    for (const vName of Object.keys(validators)) {
      rows.push({
        records: setName,
        validator: vName,
        perSecond: perSecond[vName],
        vsAjv: perSecond[vName] / perSecond.ajv,
        vsCfworker: perSecond[vName] / perSecond.cfworker,
      });
    }
  }
  return rows;
}

/** Generates @ndd/core's validators, writes them as an installed package, imports validatePerson. */
async function nddValidator(dictionary, core, dir, root) {
  const output = generateValidators(dictionary, core);
  if (output.diagnostics.some((d) => d.severity === 'error')) throw new Error(`generation failed: ${output.diagnostics[0].message}`);
  rmSync(dir, { recursive: true, force: true });
  const pkg = join(dir, 'node_modules', '@ndd', 'core');
  for (const file of output.files) {
    mkdirSync(dirname(join(pkg, file.path)), { recursive: true });
    writeFileSync(join(pkg, file.path), file.contents);
  }
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@ndd/core', type: 'module', sideEffects: false }));
  symlinkSync(join(root, 'packages', 'formats'), join(dir, 'node_modules', '@ndd', 'formats'), 'dir');
  const module = await import(pathToFileURL(join(pkg, 'validators', 'person', 'v1.js')).href);
  return module.validatePerson;
}

/** ajv as a ministry would use it: compiled at start-up from the same schemas, same formats. */
function ajvValidator(dictionary) {
  const ajv = new Ajv2020({ strict: false });
  addFormatsModule.default(ajv);
  for (const [format, check] of Object.entries(nddFormats)) ajv.addFormat(format, check);
  ajv.addVocabulary([...NDD_KEYWORDS]);
  for (const [id, record] of dictionary.schemas) {
    const { $schema: _dialect, ...schema } = record.schema;
    ajv.addSchema(schema, id);
  }
  return ajv.getSchema(PERSON);
}

/** @cfworker/json-schema, draft 2020-12, stopping at the first error, same formats added. */
function cfworkerValidator(dictionary) {
  for (const [format, check] of Object.entries(nddFormats)) cfworkerFormats[format] = check;
  // cfworker annotates the schema objects it is given; the model's are frozen.
  const strip = ({ $schema: _dialect, ...schema }) => structuredClone(schema);
  const validator = new Validator(strip(dictionary.schemas.get(PERSON).schema), '2020-12', true);
  for (const [id, record] of dictionary.schemas) if (id !== PERSON) validator.addSchema(strip(record.schema), id);
  return (record) => validator.validate(record).valid;
}

/** A small deterministic PRNG (mulberry32), so every run validates the same records. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thị Bích', 'Hữu', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Mai', 'Nam', 'Phương', 'Quân', 'Thảo', 'Vy'];

/**
 * Person records shaped like the dictionary's examples, with values drawn from the real code
 * lists (communes with their province), valid personal identification numbers, phones, dates.
 */
function validRecords(dictionary, person, seed) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const codes = (id) => dictionary.schemas.get(id).codes;
  const communes = codes('https://schemas.ndd.gov.vn/core/codelists/commune/v1');
  const ethnic = codes('https://schemas.ndd.gov.vn/core/codelists/ethnic-group/v1').map((c) => c.code);
  const countries = codes('https://schemas.ndd.gov.vn/core/codelists/country/v1').map((c) => c.code);
  const template = person.schema.examples[0];
  const records = [];
  for (let i = 0; i < RECORDS; i++) {
    const commune = pick(communes);
    const year = 1940 + Math.floor(rnd() * 80);
    const sex = pick(['1', '2']);
    const id = `0${commune.parent ?? '01'}${(year >= 2000 ? 2 : 0) + (sex === '2' ? 1 : 0)}${String(year % 100).padStart(2, '0')}${digits(6)}`;
    const family = pick(FAMILY);
    const middle = pick(MIDDLE);
    const given = pick(GIVEN);
    const record = structuredClone(template);
    record.personalIdentificationNumber = id;
    record.name = { fullName: `${family} ${middle} ${given}`, familyName: family, middleName: middle, givenName: given };
    record.sex = sex;
    record.dateOfBirth = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    record.nationalities = rnd() < 0.9 ? ['VN'] : ['VN', pick(countries)].filter((c, j, all) => all.indexOf(c) === j);
    record.ethnicGroup = pick(ethnic);
    record.identityDocuments[0].number = id;
    record.permanentResidence = { provinceCode: commune.parent ?? '01', communeCode: commune.code, detail: `Số ${1 + Math.floor(rnd() * 200)} đường ${pick(GIVEN)}` };
    record.contact = { mobilePhone: `09${digits(8)}`, email: `user${i}@example.vn` };
    records.push(record);
  }
  return records;
}

/** One realistic defect a record, cycling through the kinds of defect. */
function breakRecord(record, i) {
  const bad = structuredClone(record);
  switch (i % 6) {
    case 0: bad.personalIdentificationNumber = `${bad.personalIdentificationNumber.slice(0, 3)}7${bad.personalIdentificationNumber.slice(4)}`; break;
    case 1: bad.permanentResidence.communeCode = '00001'; break;
    case 2: delete bad.name; break;
    case 3: bad.hoTen = bad.name.fullName; break;
    case 4: bad.contact.mobilePhone = '0212345678'; break;
    default: bad.dateOfBirth = `${bad.dateOfBirth.slice(0, 5)}02-30`;
  }
  return bad;
}
