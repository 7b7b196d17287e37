/**
 * From a verdict to a CHANGELOG: `ndd changeset` writes the changeset with the derived bumps,
 * and the real changesets CLI (`changeset version`) applies it: the package's version moves and
 * its CHANGELOG.md carries the summary a reviewer reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '@ndd/cli';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ndd-changesets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BASE = 'https://schemas.ndd.gov.vn/';
const write = (path: string, value: unknown) => {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
};
const person = (version: string, extra: Record<string, unknown> = {}) => ({
  $schema: 'https://schemas.ndd.gov.vn/meta/v1/dialect',
  $id: `${BASE}core/person/v1`,
  title: 'Cá nhân',
  'x-title-en': 'Person',
  type: 'object',
  properties: { name: { type: 'string', title: 'Tên', 'x-title-en': 'Name' }, ...extra },
  additionalProperties: false,
  'x-ndd': {
    version,
    kind: 'entity',
    status: 'standard',
    layer: 'master',
    steward: { agency: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
    legalBasis: [{ document: '26/2023/QH15', title: { vi: 'Luật Căn cước', en: 'Law on Identification' } }],
  },
});

describe('ndd changeset + changeset version', () => {
  it('turns a compatible change into a minor release with a CHANGELOG entry', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', work, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' });
    write('package.json', { name: 'ministry-dictionary', private: true, workspaces: ['packages/domains/*'] });
    write('.changeset/config.json', JSON.parse(readFileSync(join(repo, '.changeset/config.json'), 'utf8')));
    write('packages/domains/core/package.json', { name: '@ndd/core', version: '1.0.0' });
    write('dictionary/ndd.dictionary.json', {
      baseUri: BASE,
      title: { vi: 'Thử', en: 'Test' },
      domains: { core: { title: { vi: 'Lõi', en: 'Core' }, description: { vi: 'Lõi', en: 'Core' }, package: '@ndd/core' } },
    });
    write('dictionary/core/person/v1.schema.json', person('1.0.0'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    write('dictionary/core/person/v1.schema.json', person('1.1.0', { email: { type: 'string', title: 'Thư điện tử', 'x-title-en': 'E-mail' } }));

    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, env: {}, cwd: work };
    expect(await run(['changeset', '--against', 'HEAD'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('"@ndd/core": minor');
    expect(text).toContain('`core/person/v1` 1.0.0 → 1.1.0 (minor)');

    execFileSync(process.execPath, [join(repo, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    expect(JSON.parse(readFileSync(join(work, 'packages/domains/core/package.json'), 'utf8')).version).toBe('1.1.0');
    const changelog = readFileSync(join(work, 'packages/domains/core/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 1.1.0');
    expect(changelog).toContain('### Minor Changes');
    expect(changelog).toContain('`core/person/v1` 1.0.0 → 1.1.0 (minor)');
  });
});
