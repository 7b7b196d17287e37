/**
 * A small dictionary written by hand for CLI tests: a code list, an element, and two entities
 * (`person` references the element and the code list; `household` references `person`), so that
 * references in, out and transitive dependents are known exactly.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BASE = 'https://schemas.ndd.gov.vn/';
const DIALECT = 'https://schemas.ndd.gov.vn/meta/v1/dialect';

function metadata(kind: 'entity' | 'element' | 'codelist', status: string) {
  return {
    version: '1.0.0',
    kind,
    status,
    layer: kind === 'codelist' ? 'reference' : 'master',
    steward: { agency: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
    legalBasis: [{ document: '26/2023/QH15', title: { vi: 'Luật Căn cước', en: 'Law on Identity' }, provision: 'Điều 9', issued: '2023-11-27' }],
  };
}

const labels = (vi: string, en: string) => ({ title: vi, 'x-title-en': en, description: `${vi}.`, 'x-description-en': `${en}.` });

/** Path (relative to the dictionary root) → JSON value. */
export const FIXTURE: Readonly<Record<string, unknown>> = {
  'ndd.dictionary.json': {
    baseUri: BASE,
    title: { vi: 'Từ điển thử nghiệm', en: 'Test dictionary' },
    domains: {
      demo: { title: { vi: 'Thử nghiệm', en: 'Demo' }, description: { vi: 'Miền thử nghiệm.', en: 'A demo domain.' }, package: '@ndd/demo' },
    },
  },
  'demo/codelists/sex/v1.schema.json': {
    $schema: DIALECT,
    $id: `${BASE}demo/codelists/sex/v1`,
    ...labels('Giới tính', 'Sex'),
    'x-ndd': metadata('codelist', 'standard'),
    type: 'string',
    enum: ['1', '2'],
    'x-codes': { '1': { vi: 'Nam', en: 'Male' }, '2': { vi: 'Nữ', en: 'Female' } },
    examples: ['1'],
  },
  'demo/full-name/v1.schema.json': {
    $schema: DIALECT,
    $id: `${BASE}demo/full-name/v1`,
    ...labels('Họ và tên', 'Full name'),
    'x-ndd': metadata('element', 'candidate'),
    type: 'string',
    minLength: 1,
    maxLength: 100,
    examples: ['Nguyễn Văn An'],
  },
  'demo/person/v1.schema.json': {
    $schema: DIALECT,
    $id: `${BASE}demo/person/v1`,
    ...labels('Công dân', 'Person'),
    'x-ndd': metadata('entity', 'standard'),
    type: 'object',
    properties: {
      fullName: { $ref: `${BASE}demo/full-name/v1`, ...labels('Họ và tên', 'Full name'), examples: ['Nguyễn Văn An'] },
      sex: { $ref: `${BASE}demo/codelists/sex/v1`, ...labels('Giới tính', 'Sex'), examples: ['1'] },
    },
    required: ['fullName'],
    additionalProperties: false,
    examples: [{ fullName: 'Nguyễn Văn An', sex: '1' }],
  },
  'demo/household/v1.schema.json': {
    $schema: DIALECT,
    $id: `${BASE}demo/household/v1`,
    ...labels('Hộ gia đình', 'Household'),
    'x-ndd': metadata('entity', 'standard'),
    type: 'object',
    properties: {
      members: { type: 'array', items: { $ref: `${BASE}demo/person/v1` }, ...labels('Thành viên', 'Members'), examples: [[{ fullName: 'Trần Thị Bình' }]] },
    },
    additionalProperties: false,
    examples: [{ members: [{ fullName: 'Trần Thị Bình' }] }],
  },
};

/** Writes the fixture (with `edits` applied: a string replaces a file's text) into a new temporary directory. */
export async function writeFixture(edits: Readonly<Record<string, string>> = {}): Promise<{ root: string; dictionary: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'ndd-cli-'));
  const dictionary = join(root, 'dictionary');
  const files: Record<string, string> = Object.fromEntries(Object.entries(FIXTURE).map(([path, value]) => [path, `${JSON.stringify(value, null, 2)}\n`]));
  Object.assign(files, edits);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dictionary, path)), { recursive: true });
    await writeFile(join(dictionary, path), text);
  }
  return { root, dictionary, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** The person schema with its `sex` reference broken (line 5 of the returned text holds it). */
export function brokenPerson(): string {
  const text = `${JSON.stringify(FIXTURE['demo/person/v1.schema.json'], null, 2)}\n`;
  return text.replace(`${BASE}demo/codelists/sex/v1`, `${BASE}demo/codelists/gender/v1`);
}

/**
 * The fixture committed in a new git repository (its root is the repository), then edited in the
 * work tree with one breaking change: the full name's `maxLength` lowered by one. For `ndd check
 * --against HEAD`.
 */
export async function writeCommittedFixture(): Promise<{ root: string; dictionary: string; cleanup: () => Promise<void> }> {
  const fixture = await writeFixture();
  const git = (...args: string[]) => execFileSync('git', ['-C', fixture.root, '-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  const file = join(fixture.dictionary, 'demo', 'full-name', 'v1.schema.json');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/"maxLength": (\d+)/, (_m, n: string) => `"maxLength": ${Number(n) - 1}`));
  return fixture;
}
