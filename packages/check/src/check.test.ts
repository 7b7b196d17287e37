import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDictionary } from './index.js';

const BASE = 'https://schemas.ndd.gov.vn/';
const root = mkdtempSync(join(tmpdir(), 'ndd-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function meta(version: string, status = 'standard', kind = 'entity') {
  return {
    version,
    kind,
    status,
    layer: 'master',
    steward: { agency: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
    legalBasis: [{ document: '26/2023/QH15', title: { vi: 'Luật Căn cước', en: 'Law on Identification' } }],
  };
}

function schema(path: string, body: Record<string, unknown>, version = '1.0.0', status = 'standard', kind = 'entity') {
  return [path, { $schema: 'https://schemas.ndd.gov.vn/meta/v1/dialect', $id: `${BASE}${path.replace('.schema.json', '')}`, title: 'T', 'x-title-en': 'T', ...body, 'x-ndd': meta(version, status, kind) }] as const;
}

const name = (maxLength = 100, version = '1.0.0') => schema('core/name/v1.schema.json', { type: 'string', maxLength }, version, 'standard', 'element');
const person = (props: Record<string, unknown> = {}, required: string[] = ['fullName'], version = '1.0.0') =>
  schema('core/person/v1.schema.json', { type: 'object', required, properties: { fullName: { $ref: `${BASE}core/name/v1` }, ...props }, additionalProperties: false }, version);
const draft = (type = 'string', version = '1.0.0') => schema('core/draft/v1.schema.json', { type }, version, 'candidate', 'element');

const CONFIG = {
  baseUri: BASE,
  title: { vi: 'Thử', en: 'Test' },
  domains: { core: { title: { vi: 'Lõi', en: 'Core' }, description: { vi: 'Lõi', en: 'Core' }, package: '@ndd/core' } },
};

/** A repository whose HEAD holds `base`, with `head` written to the work tree (uncommitted). */
function repo(base: readonly (readonly [string, object])[], head: readonly (readonly [string, object])[], extra: (dir: string, git: (...a: string[]) => string) => void = () => {}) {
  const dir = join(root, `r${n++}`);
  mkdirSync(dir);
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' });
  const write = (files: readonly (readonly [string, object])[]) => {
    for (const [path, value] of [['ndd.dictionary.json', CONFIG] as const, ...files]) {
      mkdirSync(dirname(join(dir, 'dictionary', path)), { recursive: true });
      writeFileSync(join(dir, 'dictionary', path), `${JSON.stringify(value, null, 2)}\n`);
    }
  };
  git('init', '-q');
  write(base);
  git('add', '.');
  git('commit', '-qm', 'base');
  extra(dir, git);
  for (const [path] of base) if (!head.some(([p]) => p === path)) unlinkSync(join(dir, 'dictionary', path));
  write(head);
  return { repoDir: dir, against: 'HEAD', dictionaryDir: join(dir, 'dictionary'), dictionarySubdir: 'dictionary', today: '2026-11-23' };
}

const codes = (r: Awaited<ReturnType<typeof checkDictionary>>) => r.diagnostics.map((d) => d.code);

describe('ndd check: the evolution policy', () => {
  it('lets a steward add an optional property to a closed entity in a minor release', async () => {
    const r = await checkDictionary(repo([name(), person()], [name(), person({ email: { type: 'string' } }, ['fullName'], '1.1.0')]));
    expect(codes(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.schemas.map((s) => [s.id, s.bump, s.compatible])).toEqual([[`${BASE}core/person/v1`, 'minor', true]]);
    expect(r.packages).toEqual([{ name: '@ndd/core', bump: 'minor', schemas: [`${BASE}core/person/v1`] }]);
  });

  it('requires the declared version to follow the derived bump', async () => {
    const r = await checkDictionary(repo([name(), person()], [name(), person({ email: { type: 'string' } })]));
    expect(codes(r)).toEqual(['version-not-bumped']);
    expect(r.diagnostics[0]!.message).toContain('at least 1.1.0');
  });

  it('blocks a new required property without a new major, with a counterexample', async () => {
    const r = await checkDictionary(repo([name(), person()], [name(), person({ email: { type: 'string' } }, ['fullName', 'email'], '1.1.0')]));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['breaking-change']);
    const breaking = r.schemas[0]!.breaking[0]!;
    expect(breaking.counterexample?.validUnder).toBe('old');
    expect(r.diagnostics[0]!.hint).toContain('v2.schema.json');
    expect(r.packages[0]!.bump).toBe('major');
  });

  it('follows a change through the $ref graph: the dependent is judged and listed as impact', async () => {
    const r = await checkDictionary(repo([name(), person()], [name(50, '1.1.0'), person()]));
    expect(r.schemas.map((s) => s.id)).toEqual([`${BASE}core/name/v1`, `${BASE}core/person/v1`]);
    expect(r.schemas[0]!.impact).toEqual([`${BASE}core/person/v1`]);
    expect(r.schemas.every((s) => !s.compatible)).toBe(true);
    expect(r.schemas.map((s) => s.change)).toEqual(['changed', 'dependency']);
    // The finding belongs to the schema that changed; the dependent is listed, not blamed.
    expect(codes(r)).toEqual(['breaking-change']);
    expect(r.diagnostics[0]!.file).toBe('core/name/v1.schema.json');
  });

  it('does not check a candidate (policy NONE)', async () => {
    const r = await checkDictionary(repo([name(), draft()], [name(), draft('integer', '1.1.0')]));
    expect(r.diagnostics).toEqual([]);
    expect(r.schemas.map((s) => [s.policy, s.compatible])).toEqual([['NONE', true]]);
  });

  it('fails on a removed schema', async () => {
    const r = await checkDictionary(repo([name(), person(), draft()], [name(), person()]));
    expect(r.schemas.map((s) => s.change)).toEqual(['removed']);
    expect(codes(r)).toEqual([]); // a candidate may go
    const r2 = await checkDictionary(repo([name(), person()], [name()]));
    expect(codes(r2)).toEqual(['schema-removed']);
  });
});

describe('ndd check: dependents (schemas that changed only through a referenced one)', () => {
  const withExample = (props: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    schema('core/person/v1.schema.json', { type: 'object', required: ['fullName'], properties: { fullName: { $ref: `${BASE}core/name/v1` }, ...props }, additionalProperties: false, examples: [{ fullName: 'Nguyễn Văn An' }], ...extra });
  const personOf = (r: Awaited<ReturnType<typeof checkDictionary>>) => r.schemas.find((s) => s.id === `${BASE}core/person/v1`)!;

  it('shows a narrowed element breaking its dependent with an instance of the dependent, verified', async () => {
    const r = await checkDictionary(repo([name(), withExample()], [name(50, '1.1.0'), withExample()]));
    const p = personOf(r);
    expect([p.change, p.compatible, p.bump]).toEqual(['dependency', false, 'major']);
    const b = p.breaking.find((x) => x.direction === 'backward')!;
    expect(b.counterexample?.validUnder).toBe('old');
    // The break names the schema it comes from, and points into its copy in the bundle.
    expect(b.message.startsWith(`${BASE}core/name/v1: `)).toBe(true);
    expect(b.pointer.startsWith('/$defs/core~1name~1v1')).toBe(true);
    const instance = b.counterexample!.instance as { fullName: string };
    // Verified by hand: a full name of 51..100 characters was valid and no longer is.
    expect(instance.fullName.length).toBeGreaterThan(50);
    expect(instance.fullName.length).toBeLessThanOrEqual(100);
  });

  it('shows a widened element breaking FORWARD for a dependent checked FULL', async () => {
    const r = await checkDictionary(repo([name(), withExample()], [name(200, '1.1.0'), withExample()]));
    const p = personOf(r);
    expect(p.policy).toBe('FULL_TRANSITIVE');
    expect(p.breaking.map((b) => b.direction)).toEqual(['forward']);
    expect((p.breaking[0]!.counterexample!.instance as { fullName: string }).fullName.length).toBeGreaterThan(100);
  });

  it('gives a dependent a patch when the referenced change is an annotation', async () => {
    const described = schema('core/name/v1.schema.json', { type: 'string', maxLength: 100, description: 'Họ, chữ đệm và tên.' }, '1.0.1', 'standard', 'element');
    const r = await checkDictionary(repo([name(), withExample()], [described, withExample()]));
    expect(r.schemas.map((s) => [s.id.replace(BASE, ''), s.bump, s.compatible])).toEqual([
      ['core/name/v1', 'patch', true],
      ['core/person/v1', 'patch', true],
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('inherits past a oneOf whose branches do not reach the change', async () => {
    const passport = schema('core/passport/v1.schema.json', { type: 'object', properties: { number: { type: 'string' } }, required: ['number'] }, '1.0.0', 'standard', 'element');
    const withDocs = withExample({ documents: { type: 'array', items: { oneOf: [{ $ref: `${BASE}core/passport/v1` }, { type: 'null' }] } } });
    const r = await checkDictionary(repo([name(), passport, withDocs], [name(50, '1.1.0'), passport, withDocs]));
    const b = personOf(r).breaking.find((x) => x.direction === 'backward')!;
    expect(b.message.startsWith(`${BASE}core/name/v1: `)).toBe(true); // derived from name's break, not a full comparison
    expect((b.counterexample!.instance as { fullName: string }).fullName.length).toBeGreaterThan(50);
  });

  it('never inherits through a oneOf that reaches the change: a wider branch can make two branches match', async () => {
    // alias is exactly one of: a name (≤ 100, then ≤ 200), or a string of at least 150. A
    // 150-character alias matched only the second branch and now matches both: rejected.
    const oneOfName = withExample({ alias: { oneOf: [{ $ref: `${BASE}core/name/v1` }, { type: 'string', minLength: 150 }] } });
    const recorded = schema('core/name/v1.schema.json', { type: 'string', maxLength: 100 }, '1.0.0', 'recorded', 'element');
    const widened = schema('core/name/v1.schema.json', { type: 'string', maxLength: 200 }, '1.1.0', 'recorded', 'element');
    const r = await checkDictionary(repo([recorded, oneOfName], [widened, oneOfName]));
    expect(r.schemas.find((s) => s.id === `${BASE}core/name/v1`)!.compatible).toBe(true);
    const backward = personOf(r).breaking.filter((b) => b.direction === 'backward');
    // Not compatible: the full comparison either shows the break or cannot prove the change (undecided).
    expect(backward.length).toBeGreaterThan(0);
    expect(personOf(r).compatible).toBe(false);
    for (const b of backward) if (b.counterexample) expect(typeof (b.counterexample.instance as { alias?: unknown }).alias).toBe('string');
  });

  it('never inherits through a reference under not: a wider element makes `not element` narrower', async () => {
    // alias must NOT be a valid name; widening name (maxLength 100 → 200) rejects aliases of
    // 101..200 characters that were valid. Inheriting "name widened, so its users widened" would
    // be unsound here; the dependent must be compared in full and found breaking.
    const notName = withExample({ alias: { not: { $ref: `${BASE}core/name/v1` } } });
    const recorded = schema('core/name/v1.schema.json', { type: 'string', maxLength: 100 }, '1.0.0', 'recorded', 'element');
    const widened = schema('core/name/v1.schema.json', { type: 'string', maxLength: 200 }, '1.1.0', 'recorded', 'element');
    const r = await checkDictionary(repo([recorded, notName], [widened, notName]));
    expect(r.schemas.find((s) => s.id === `${BASE}core/name/v1`)!.compatible).toBe(true); // BACKWARD only
    const p = personOf(r);
    const backward = p.breaking.filter((b) => b.direction === 'backward');
    expect(backward.length).toBeGreaterThan(0);
    const alias = (backward.find((b) => b.counterexample)!.counterexample!.instance as { alias?: unknown }).alias;
    expect(typeof alias === 'string' && alias.length > 100 && alias.length <= 200).toBe(true);
  });
});

describe('ndd check: waivers', () => {
  const breakingRepo = (waiver?: object) => {
    const options = repo([name(), person()], [name(), person({ email: { type: 'string' } }, ['fullName', 'email'], '1.1.0')]);
    if (waiver) writeFileSync(join(options.dictionaryDir, 'ndd.waivers.json'), JSON.stringify({ waivers: [waiver] }));
    return options;
  };

  it('accepts a breaking change covered by a valid waiver, and fails once it expired', async () => {
    const first = await checkDictionary(breakingRepo());
    const fingerprint = first.schemas[0]!.breaking[0]!.fingerprint;
    const waiver = { fingerprint, schema: `${BASE}core/person/v1`, rule: 'required-added', reason: 'Email made mandatory by Decree X', approver: 'steward@bca.gov.vn', expires: '2026-12-31' };
    const waived = await checkDictionary(breakingRepo(waiver));
    expect(codes(waived)).toEqual([]);
    expect(waived.schemas[0]!.breaking[0]!.waiver?.approver).toBe('steward@bca.gov.vn');
    expect(waived.packages[0]!.bump).toBe('major');
    const expired = await checkDictionary(breakingRepo({ ...waiver, expires: '2026-11-01' }));
    expect(codes(expired).sort()).toEqual(['breaking-change', 'waiver-expired']);
  });

  it('warns about a waiver that matches nothing, and rejects a malformed file', async () => {
    const unused = await checkDictionary(breakingRepo({ fingerprint: '0000000000000000', schema: 'x', rule: 'y', reason: 'r', approver: 'a', expires: '2027-01-01' }));
    expect(codes(unused).sort()).toEqual(['breaking-change', 'waiver-unused']);
    const options = breakingRepo();
    writeFileSync(join(options.dictionaryDir, 'ndd.waivers.json'), '{"waivers": [{}]}');
    expect(codes(await checkDictionary(options))).toContain('invalid-waivers');
  });
});

describe('ndd check: _TRANSITIVE policies', () => {
  it('compares with every released version, not only the base', async () => {
    // Released 1.0.0 had an optional string "code"; the base (1.1.0) removed it (compatible for
    // tolerant readers); the head re-adds "code" as an integer: fine against the base, but records
    // written under the release ({"code": "A1"}) are now rejected.
    const released = person({ code: { type: 'string' } });
    const options = repo([name(), released], [name(), person({ code: { type: 'integer' } }, ['fullName'], '1.2.0')], (dir, git) => {
      git('tag', '-a', '-m', 'release', '@ndd/core@1.0.0'); // annotated: peeled to its commit
      git('tag', '@ndd/core-extra@1.0.0'); // another package's, sharing the name's prefix
      writeFileSync(join(dir, 'dictionary/core/person/v1.schema.json'), JSON.stringify(person({}, ['fullName'], '1.1.0')[1], null, 2));
      git('commit', '-qam', 'remove code');
    });
    const r = await checkDictionary(options);
    expect(r.schemas[0]!.policy).toBe('FULL_TRANSITIVE');
    // Both directions break against the release ("A1" is no integer; 7 is no string), neither against the base.
    expect(r.schemas[0]!.breaking.map((b) => [b.against, b.direction])).toEqual([
      ['@ndd/core@1.0.0', 'backward'],
      ['@ndd/core@1.0.0', 'forward'],
    ]);
    expect(codes(r)).toEqual(['breaking-change', 'breaking-change']);
  });

  it('compares a dependent with a release when what it references changed since, though its own file did not', async () => {
    // The same history for person, and a household whose file never changed: its bundle did.
    const household = schema('core/household/v1.schema.json', { type: 'object', required: ['head'], properties: { head: { $ref: `${BASE}core/person/v1` } }, additionalProperties: false });
    const options = repo([name(), person({ code: { type: 'string' } }), household], [name(), person({ code: { type: 'integer' } }, ['fullName'], '1.2.0'), household], (dir, git) => {
      git('tag', '@ndd/core@1.0.0');
      writeFileSync(join(dir, 'dictionary/core/person/v1.schema.json'), JSON.stringify(person({}, ['fullName'], '1.1.0')[1], null, 2));
      git('commit', '-qam', 'remove code');
    });
    const r = await checkDictionary(options);
    const dependent = r.schemas.find((s) => s.id === `${BASE}core/household/v1`)!;
    expect([dependent.change, dependent.policy, dependent.compatible, dependent.bump]).toEqual(['dependency', 'FULL_TRANSITIVE', false, 'major']);
    expect(dependent.breaking.map((b) => [b.against, b.direction])).toEqual([
      ['@ndd/core@1.0.0', 'backward'],
      ['@ndd/core@1.0.0', 'forward'],
    ]);
    // A household written under the release holds a string code: verified, so it is shown.
    const backward = dependent.breaking[0]!.counterexample!;
    expect(backward.validUnder).toBe('old');
    expect(JSON.stringify(backward.instance)).toContain('"code":');
    // The finding stays with the schema that changed; the dependent raises its package's bump.
    expect(codes(r)).toEqual(['breaking-change', 'breaking-change']);
    expect(r.packages).toEqual([{ name: '@ndd/core', bump: 'major', schemas: [`${BASE}core/household/v1`, `${BASE}core/person/v1`] }]);
  });

  it('does not compare again with a release that differs from the base in annotations only', async () => {
    // Released: name with another title; the base retitled it (patch); the head narrows it.
    const released = schema('core/name/v1.schema.json', { type: 'string', maxLength: 100, title: 'Tên cũ' }, '1.0.0', 'standard', 'element');
    const options = repo([released, person()], [name(40, '1.0.1'), person()], (dir, git) => {
      git('tag', '@ndd/core@1.0.0');
      writeFileSync(join(dir, 'dictionary/core/name/v1.schema.json'), JSON.stringify(name(100, '1.0.1')[1], null, 2));
      git('commit', '-qam', 'retitle');
    });
    const r = await checkDictionary(options);
    // Each break once, against the base: the release accepts exactly what the base accepts.
    for (const s of r.schemas) expect(s.breaking.map((b) => [b.against, b.direction])).toEqual([['HEAD', 'backward']]);
    expect(r.schemas.map((s) => [s.id, s.change])).toEqual([
      [`${BASE}core/name/v1`, 'changed'],
      [`${BASE}core/person/v1`, 'dependency'],
    ]);
  });
});

describe('ndd check: the reading cache', () => {
  it("keeps it in the repository's .ndd-cache by default, and nowhere when told not to", async () => {
    const options = repo([name(), person()], [name(), person({ email: { type: 'string' } }, ['fullName'], '1.1.0')]);
    const status = () => execFileSync('git', ['-C', options.repoDir, 'status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
    const before = status();
    const none = await checkDictionary({ ...options, cacheDir: false });
    expect(existsSync(join(options.repoDir, '.ndd-cache'))).toBe(false);
    expect(status()).toBe(before);
    const cached = await checkDictionary(options);
    expect(readdirSync(join(options.repoDir, '.ndd-cache'))).toEqual(['readings.ndjson']);
    // Only the cache folder is new: the dictionary is as it was.
    expect(status()).toBe(`${before}?? .ndd-cache/readings.ndjson\n`);
    expect(cached.schemas).toEqual(none.schemas);
  });
});

describe('ndd check: bad input', () => {
  it('reports an unknown base ref as a load error', async () => {
    const r = await checkDictionary({ ...repo([name()], [name()]), against: 'no-such-ref' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.message).toContain('no-such-ref');
  });
});
