import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenPerson, writeFixture } from '../support/fixture-dictionary.js';
import { runCli } from '../support/run-cli.js';

const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/cli/package.json'), 'utf8')).version;

let clean: Awaited<ReturnType<typeof writeFixture>>;
let broken: Awaited<ReturnType<typeof writeFixture>>;
beforeAll(async () => {
  clean = await writeFixture();
  broken = await writeFixture({ 'demo/person/v1.schema.json': brokenPerson(), 'demo/bad/v1.schema.json': '{\n  "a": 1,,\n}\n' });
});
afterAll(async () => {
  await clean.cleanup();
  await broken.cleanup();
});

describe('ndd: the shell', () => {
  it('prints help with every command, and --version from package.json', async () => {
    const help = await runCli(['--help'], clean.root);
    expect(help.code).toBe(0);
    for (const command of ['lint [path]', 'list', 'show <schema>', 'build [path]']) expect(help.stdout).toContain(`ndd ${command}`);
    const v = await runCli(['--version'], clean.root);
    expect(v).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('has --help on every command', async () => {
    for (const command of ['lint', 'list', 'show', 'build']) {
      const r = await runCli([command, '--help'], clean.root);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain('--format');
    }
  });

  it('exits 2 with a clear message on an unknown command, flag or value, and never shows a stack', async () => {
    const cases: [string[], RegExp][] = [
      [['lnit'], /^ndd: Unknown command: lnit\. Did you mean lint\?\n/],
      [['lint', '--frmat', 'json'], /^ndd: Unknown argument: frmat\n/],
      [['lint', '--format', 'xml'], /^ndd: Invalid values:[\s\S]*Given: "xml"/],
      [['list', '--kind', 'widget'], /^ndd: Invalid values:/],
      [['show'], /^ndd: Not enough non-option arguments/],
      [[], /^ndd: Give a command\.\n/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv, clean.root);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.stderr).toContain("Run 'ndd --help' for usage.");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('ndd lint', () => {
  it('finds the dictionary from the working directory and exits 0 when it is clean', async () => {
    const r = await runCli(['lint'], join(clean.dictionary, 'demo'));
    expect(r).toEqual({ code: 0, stdout: 'No problems found.\n', stderr: '' });
  });

  it('exits 1 on findings, with paths relative to the working directory and a code frame', async () => {
    const r = await runCli(['lint', 'dictionary'], broken.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^dictionary\/demo\/bad\/v1\.schema\.json:2:\d+ {2}error {2}Invalid JSON[^\n]*\[invalid-json\]$/m);
    expect(r.stdout).toMatch(/^dictionary\/demo\/person\/v1\.schema\.json:\d+:\d+ {2}error {2}[^\n]*gender[^\n]*\[[a-z-]+\]$/m);
    expect(r.stdout).toMatch(/^> +\d+ \| +"\$ref": "https:\/\/schemas\.ndd\.gov\.vn\/demo\/codelists\/gender\/v1",$/m);
    expect(r.stdout).toMatch(/^ +\| +\^+$/m);
  });

  it('prints one JSON document, GitHub annotations or SARIF on request', async () => {
    const json = await runCli(['lint', broken.dictionary, '--format', 'json'], broken.root);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.summary.error).toBeGreaterThanOrEqual(2);
    expect(report.diagnostics.map((d: { file: string }) => d.file)).toContain('dictionary/demo/bad/v1.schema.json');

    const github = await runCli(['lint', '--format', 'github'], broken.root);
    expect(github.stdout.trimEnd().split('\n').every((l) => /^::(error|warning|notice) file=dictionary\/demo\//.test(l))).toBe(true);

    const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif'], broken.root)).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: 'ndd', version });
  });

  it('exits 2 when there is no dictionary to load', async () => {
    const missing = await runCli(['lint', 'nowhere'], clean.root);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('ndd: nowhere: no such file or directory\n');
    const empty = await runCli(['lint', 'dictionary/demo'], clean.root);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^ndd: dictionary\/demo holds no ndd\.dictionary\.json/);
  });
});

describe('ndd list', () => {
  it('lists every schema, or those of a kind or status, as text or JSON', async () => {
    const all = await runCli(['list'], clean.root);
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n').slice(1, 5).map((l) => l.split(/\s+/)[0])).toEqual([
      'demo/codelists/sex/v1',
      'demo/full-name/v1',
      'demo/household/v1',
      'demo/person/v1',
    ]);
    const entities = JSON.parse((await runCli(['list', '--kind', 'entity', '--format', 'json'], clean.root)).stdout);
    expect(entities.schemas.map((s: { name: string }) => s.name)).toEqual(['demo/household/v1', 'demo/person/v1']);
    const candidates = JSON.parse((await runCli(['list', '--status', 'candidate', '--format', 'json'], clean.root)).stdout);
    expect(candidates).toMatchObject({ count: 1, schemas: [{ name: 'demo/full-name/v1', title: 'Họ và tên', titleEn: 'Full name', version: '1.0.0' }] });
  });

  it('says so for an unknown domain instead of printing nothing', async () => {
    const r = await runCli(['list', '--domain', 'helth'], clean.root);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe("ndd: no domain 'helth' in this dictionary (domains: demo)\n");
  });

  it('warns on stderr when the dictionary has errors, and still lists what loaded', async () => {
    const r = await runCli(['list', '--format', 'json'], broken.root);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^ndd: warning: the dictionary has \d+ errors?/);
    expect(JSON.parse(r.stdout).count).toBeGreaterThanOrEqual(3);
  });
});

describe('ndd show', () => {
  it('shows labels, metadata, legal basis and references both ways', async () => {
    const r = await runCli(['show', 'demo/person/v1'], clean.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('demo/person/v1  Công dân / Person');
    expect(r.stdout).toContain('26/2023/QH15, Điều 9: Luật Căn cước / Law on Identity (issued 2023-11-27)');
    expect(r.stdout).toContain('  references (2)\n    demo/codelists/sex/v1\n    demo/full-name/v1\n');
    expect(r.stdout).toContain('  referenced by (1)\n    demo/household/v1\n');
  });

  it('gives transitive dependents in JSON, and finds a schema by $id', async () => {
    const r = await runCli(['show', 'https://schemas.ndd.gov.vn/demo/full-name/v1', '--format', 'json'], clean.root);
    const view = JSON.parse(r.stdout);
    expect(view.label).toEqual({ vi: 'Họ và tên', en: 'Full name' });
    expect(view.referencedBy.map((l: { name: string }) => l.name)).toEqual(['demo/person/v1']);
    expect(view.transitiveDependents.map((l: { name: string }) => l.name)).toEqual(['demo/household/v1', 'demo/person/v1']);
  });

  it('lists the codes of a code list', async () => {
    const r = await runCli(['show', 'demo/codelists/sex'], clean.root);
    expect(r.stdout).toContain('  codes (2)\n    1  Nam / Male\n    2  Nữ / Female\n');
  });

  it('suggests close names for an unknown schema and exits 2', async () => {
    const r = await runCli(['show', 'demo/persn/v1'], clean.root);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe("ndd: no schema 'demo/persn/v1' in this dictionary. Did you mean demo/person/v1, demo/person?\n");
  });
});

describe('ndd build', () => {
  it('builds each domain package beside the dictionary, then reuses the cache', async () => {
    const r = await runCli(['build'], clean.root);
    expect(r.code).toBe(0);
    // Everything generated the first time (types and validators for each of the 4 schemas, and the
    // OpenAPI documents and components), nothing reused; the second time nothing is generated.
    const first = /^Built 1 package from 4 schemas in \d+ ms \(1 changed; cache: 0 reused, (\d+) generated\)\n/.exec(r.stdout);
    expect(first, r.stdout).not.toBeNull();
    expect(Number(first![1])).toBeGreaterThanOrEqual(9);
    expect(r.stdout).toContain('@ndd/demo');
    const manifest = JSON.parse(readFileSync(join(clean.root, 'packages/domains/demo/package.json'), 'utf8'));
    expect(manifest.name).toBe('@ndd/demo');
    expect(existsSync(join(clean.root, 'packages/domains/demo/dist/types/index.d.ts'))).toBe(true);
    const again = await runCli(['build', '--quiet'], clean.root);
    expect(again.stdout).toMatch(/\(0 changed; cache: \d+ reused, 0 generated\)\n$/);
  });

  it('writes nothing and exits 1 when the dictionary has errors', async () => {
    const r = await runCli(['build'], broken.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Nothing was built: the dictionary has errors.');
    expect(existsSync(join(broken.root, 'packages/domains'))).toBe(false);
  });

  it('keeps stdout one document with a machine format', async () => {
    const r = await runCli(['build', '--format', 'json', '--no-cache'], clean.root);
    expect(JSON.parse(r.stdout).summary.total).toBe(0);
    expect(r.stderr).toContain('Built 1 package from 4 schemas');
  });
});

describe('ndd stats', () => {
  it('prints the coverage per domain as text, JSON and Markdown', async () => {
    const text = await runCli(['stats'], clean.root);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^domain\s+entities\s+elements\s+code lists\s+properties\s+labels vi\+en/);
    const json = JSON.parse((await runCli(['stats', '--format', 'json'], clean.root)).stdout);
    expect(json.domains.map((d: { domain: string }) => d.domain)).toEqual(['demo']);
    expect(json.total.legalBasis.of).toBe(4);
    const md = (await runCli(['stats', '--format', 'markdown'], clean.root)).stdout;
    expect(md).toContain('| --- | ---: |');
  });
});

describe('ndd compat', () => {
  const write = (name: string, schema: object) => {
    const path = join(clean.root, name);
    writeFileSync(path, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema }));
    return name;
  };

  it('exits 0 for a compatible change and 1 with a counterexample for a breaking one', async () => {
    const old = write('old.json', { type: 'string', maxLength: 10 });
    const wider = write('wider.json', { type: 'string', maxLength: 20 });
    expect((await runCli(['compat', old, wider], clean.root)).code).toBe(0);
    const r = await runCli(['compat', wider, old, '--format', 'json'], clean.root);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ mode: 'BACKWARD', compatible: false, bump: 'major' });
    const instance = report.changes[0].counterexample.instance;
    expect(typeof instance === 'string' && instance.length > 10 && instance.length <= 20).toBe(true);
  });

  it('exits 2 for a missing file and a bad mode', async () => {
    const old = write('old2.json', { type: 'string' });
    const missing = await runCli(['compat', old, 'nope.json'], clean.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    expect((await runCli(['compat', old, old, '--mode', 'SIDEWAYS'], clean.root)).code).toBe(2);
  });
});
