import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDictionary, loadDictionaryFromGit } from '../index.js';

const base = new URL('../../testdata/base/', import.meta.url).pathname;
const PERSON = 'https://schemas.ndd.gov.vn/core/person/v1';
const NAME = 'https://schemas.ndd.gov.vn/core/name/v1';

describe('the model', async () => {
  const { dictionary, diagnostics } = await loadDictionary(base);
  const d = dictionary!;

  it('indexes schemas by $id with their path identity and metadata', () => {
    expect(diagnostics).toEqual([]);
    expect([...d.schemas.keys()]).toEqual([NAME, PERSON]);
    const person = d.schemas.get(PERSON)!;
    expect(person).toMatchObject({ domain: 'core', name: 'person', major: 1, file: 'core/person/v1.schema.json', title: 'Công dân', titleEn: 'Person' });
    expect(person.metadata.version).toBe('1.2.0');
    expect(person.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a schema by $id, by domain/name/vN, by domain/name and by a unique name', () => {
    expect(d.find(PERSON)?.id).toBe(PERSON);
    expect(d.find('core/person/v1')?.id).toBe(PERSON);
    expect(d.find('core/person')?.id).toBe(PERSON);
    expect(d.find('name')?.id).toBe(NAME);
    expect(d.find('core/person/v2')).toBeUndefined();
    expect(d.find('nobody')).toBeUndefined();
  });

  it('knows the dependency graph both ways, without self references', () => {
    expect(d.dependenciesOf(PERSON)).toEqual([NAME]);
    expect(d.dependentsOf(NAME)).toEqual([PERSON]);
    expect(d.dependentsOf(PERSON)).toEqual([]);
    expect(d.transitiveDependentsOf(NAME)).toEqual([PERSON]);
    expect(d.schemas.get(PERSON)!.references.map((r) => [r.pointer, r.targetId, r.targetPointer])).toEqual([
      ['/properties/fullName', NAME, ''],
      ['/properties/mother', PERSON, ''],
    ]);
  });

  it('gives the source position of any node and nothing for a missing one', () => {
    const person = d.schemas.get(PERSON)!;
    expect(person.positionOf('/properties/mother')).toEqual({ start: { line: 10, column: 15 }, end: { line: 10, column: 30 } });
    expect(person.positionOf('/required/0')?.start).toEqual({ line: 7, column: 16 });
    expect(person.positionOf('/properties/nobody')).toBeUndefined();
  });

  it('is immutable', () => {
    const person = d.schemas.get(PERSON)!;
    expect(Object.isFrozen(person.schema)).toBe(true);
    expect(Object.isFrozen(person.schema['properties'])).toBe(true);
    expect(() => {
      (person.schema as Record<string, unknown>)['type'] = 'string';
    }).toThrow(TypeError);
  });

  it('groups schemas into the configured domains', () => {
    expect(d.domains.get('core')).toMatchObject({ package: '@ndd/core', compatibility: 'FULL_TRANSITIVE', schemaIds: [NAME, PERSON] });
  });
});

describe('loading from git', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ndd-git-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' });

  it('reads the committed dictionary and ignores (and keeps) uncommitted edits', async () => {
    git('init', '-q');
    cpSync(base, join(repo, 'dictionary'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'base');
    const file = join(repo, 'dictionary/core/name/v1.schema.json');
    const edited = readFileSync(file, 'utf8').replace('"maxLength": 100', '"maxLength": 50');
    writeFileSync(file, edited);

    const fromGit = await loadDictionaryFromGit(repo, 'HEAD');
    expect(fromGit.diagnostics).toEqual([]);
    expect(fromGit.dictionary?.source).toBe('git:HEAD:dictionary');
    expect(fromGit.dictionary?.schemas.get(NAME)?.schema['maxLength']).toBe(100);
    // The work tree is untouched: the steward's edit is still there.
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const fromDisk = await loadDictionary(join(repo, 'dictionary'));
    expect(fromDisk.dictionary?.schemas.get(NAME)?.schema['maxLength']).toBe(50);
  });

  it('reads the same base when it may take unchanged files from the work tree', async () => {
    // Runs after the test above: name is edited in the work tree, person is not; a new file is
    // untracked. The base must still be the commit's: name from git, person from either.
    writeFileSync(join(repo, 'dictionary/core/untracked.json'), '{}');
    const plain = await loadDictionaryFromGit(repo, 'HEAD');
    const withWorkTree = await loadDictionaryFromGit(repo, 'HEAD', 'dictionary', { workTree: join(repo, 'dictionary') });
    expect(withWorkTree.diagnostics).toEqual(plain.diagnostics);
    expect([...withWorkTree.sources]).toEqual([...plain.sources]);
    expect(withWorkTree.dictionary?.schemas.get(NAME)?.schema['maxLength']).toBe(100);
    for (const id of [NAME, PERSON]) expect(withWorkTree.dictionary?.schemas.get(id)?.contentHash).toBe(plain.dictionary?.schemas.get(id)?.contentHash);
    rmSync(join(repo, 'dictionary/core/untracked.json'));
  });

  it('takes a file already in memory only when it is exactly the committed blob', async () => {
    // name is edited in the work tree (first test), person is not.
    const head = await loadDictionary(join(repo, 'dictionary'), { keepFiles: true });
    const known = head.files!;
    const plain = await loadDictionaryFromGit(repo, 'HEAD');
    const withKnown = await loadDictionaryFromGit(repo, 'HEAD', 'dictionary', { knownFiles: known, keepFiles: true });
    expect(withKnown.diagnostics).toEqual(plain.diagnostics);
    expect([...withKnown.sources]).toEqual([...plain.sources]);
    expect(withKnown.dictionary?.schemas.get(NAME)?.schema['maxLength']).toBe(100);
    const bytesOf = (files: readonly { path: string; bytes: Uint8Array }[] | undefined, path: string) => files?.find((f) => f.path === path)?.bytes;
    expect(bytesOf(withKnown.files, 'core/person/v1.schema.json')).toBe(bytesOf(known, 'core/person/v1.schema.json')); // reused, not read again
    expect(bytesOf(withKnown.files, 'core/name/v1.schema.json')).not.toBe(bytesOf(known, 'core/name/v1.schema.json'));
    // Same path, other bytes: never taken for the committed file.
    const forged = known.map((f) => (f.path === 'core/person/v1.schema.json' ? { ...f, bytes: Buffer.from(Buffer.from(f.bytes).toString().replace('Công dân', 'Công dân giả')) } : f));
    const withForged = await loadDictionaryFromGit(repo, 'HEAD', 'dictionary', { knownFiles: forged });
    expect(withForged.dictionary?.schemas.get(PERSON)?.title).toBe(plain.dictionary?.schemas.get(PERSON)?.title);
    expect(withForged.dictionary?.schemas.get(PERSON)?.contentHash).toBe(plain.dictionary?.schemas.get(PERSON)?.contentHash);
  });

  it('reports an unknown ref as a load error, not an exception', async () => {
    const result = await loadDictionaryFromGit(repo, 'no-such-branch');
    expect(result.dictionary).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['source-unreadable']);
    expect(result.diagnostics[0]!.message).toContain('no-such-branch');
  });

  it('reports a missing directory as a load error', async () => {
    const result = await loadDictionary(join(repo, 'nowhere'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['source-unreadable']);
  });
});

describe('reading a file twice in one process (the base of ndd check)', () => {
  const broken = new URL('../../testdata/broken/', import.meta.url).pathname;
  for (const name of ['dangling-ref-file', 'ref-cycle-two-files', 'invalid-json-trailing-comma', 'duplicate-id', 'not-nfc']) {
    it(`${name}: the second load finds exactly what the first found`, async () => {
      const first = await loadDictionary(join(broken, name));
      const second = await loadDictionary(join(broken, name));
      expect(first.diagnostics.length).toBeGreaterThan(0);
      expect(second.diagnostics).toEqual(first.diagnostics);
      expect([...second.sources]).toEqual([...first.sources]);
    });
  }
  it('reads a changed file afresh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndd-reread-'));
    try {
      cpSync(base, dir, { recursive: true });
      const before = await loadDictionary(dir);
      expect(before.diagnostics).toEqual([]);
      const file = join(dir, 'core/person/v1.schema.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "Công dân"', '"title": "Công dân",\n  "maxProperties": -1'));
      const after = await loadDictionary(dir);
      expect(after.diagnostics.map((d) => d.code)).toContain('invalid-schema');
      expect(after.dictionary!.schemas.get(PERSON)!.contentHash).not.toBe(before.dictionary!.schemas.get(PERSON)!.contentHash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Loads a copy of the base dictionary whose person schema `edit` changed (the copy removed after). */
async function loadWithEditedPerson(edit: (person: Record<string, unknown>) => void): Promise<Awaited<ReturnType<typeof loadDictionary>>> {
  const dir = mkdtempSync(join(tmpdir(), 'ndd-edited-person-'));
  try {
    cpSync(base, dir, { recursive: true });
    const file = join(dir, 'core/person/v1.schema.json');
    const person = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(person);
    writeFileSync(file, `${JSON.stringify(person, null, 2)}\n`);
    return await loadDictionary(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a $ref whose fragment is not a valid percent-encoding', () => {
  it('is a dangling-ref error at the $ref, not an exception', async () => {
    const { diagnostics } = await loadWithEditedPerson((person) => {
      (person['properties'] as Record<string, unknown>)['fullName'] = { $ref: '#/$defs/%E0%A4%A' };
    });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.pointer])).toEqual([['dangling-ref', 'core/person/v1.schema.json', '/properties/fullName/$ref']]);
  });
});

describe('a dependency list naming "__proto__"', () => {
  it('is a reserved-property-name warning at the list entry, as a required entry is', async () => {
    const { diagnostics } = await loadWithEditedPerson((person) => {
      person['dependentRequired'] = { fullName: ['mother', '__proto__'] };
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.pointer])).toEqual([['reserved-property-name', 'warning', 'core/person/v1.schema.json', '/dependentRequired/fullName/1']]);
  });
});
