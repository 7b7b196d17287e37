/**
 * A ministry's project, for real: the domain packages are built from the dictionary, packed
 * with `npm pack`, installed from the tarballs into a fresh project, compiled in strict mode
 * with TypeScript 5.9 and 7 under `moduleResolution` nodenext and bundler, and run: the
 * validators accept every example of the dictionary and reject every counter-example. The
 * packages are also checked by publint and @arethetypeswrong/cli, and a bundle (esbuild) of a
 * file that imports one validator is measured to hold no other validator's code.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from '@ndd/build';
import { exportNames, modulePathOf } from '@ndd/generator-kit';
import { loadDictionary, type Dictionary } from '@ndd/registry';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ndd-consumer-'));
const out = join(work, 'packages');
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const npm = (args: string[], cwd: string) => run('npm', args, cwd);

let dictionary: Dictionary;
let names: ReadonlyMap<string, string>;
const PERSON = 'https://schemas.ndd.gov.vn/core/person/v1';

beforeAll(async () => {
  dictionary = (await loadDictionary(join(repo, 'dictionary'))).dictionary!;
  names = exportNames(dictionary);
  const summary = await buildPackages({ dictionaryDir: join(repo, 'dictionary'), outDir: out });
  expect(summary.ok).toBe(true);
  mkdirSync(tarballs);
  npm(['pack', '--pack-destination', tarballs, join(repo, 'packages/formats')], work);
  for (const pkg of readdirSync(out)) npm(['pack', '--pack-destination', tarballs, join(out, pkg)], work);
  mkdirSync(join(project, 'src'), { recursive: true });
  const dependencies = Object.fromEntries(readdirSync(tarballs).map((t) => [t.replace(/^ndd-(.*)-\d+\.\d+\.\d+\.tgz$/, '@ndd/$1'), `file:${join(tarballs, t)}`]));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'ministry-app', private: true, type: 'module', dependencies }, null, 2));
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline'], project);
}, 300_000);

/** The consumer's program: every example and counter-example of entities and elements, per package. */
function consumerSource(): string {
  const lines = [

    "import { provinceCodes } from '@ndd/core/codelists/province/v1';",
    "import type { Person } from '@ndd/core/person/v1';",
    "import { errorsText, localize, validatePerson } from '@ndd/core/validators';",
    'const results: { id: string; kind: string; valid: boolean; messages?: string[] }[] = [];',
  ];
  let n = 0;
  for (const record of dictionary.schemas.values()) {
    if (record.metadata.kind === 'codelist') continue;
    const pkg = dictionary.domains.get(record.domain)!.package;
    const fn = `validate${names.get(record.id)}`;
    const alias = `v${n++}`;
    lines.push(`import { ${fn} as ${alias} } from '${pkg}/validators/${modulePathOf(record)}';`);
    for (const example of (record.schema['examples'] as unknown[] | undefined) ?? []) {
      lines.push(`results.push({ id: ${JSON.stringify(record.id)}, kind: 'example', valid: ${alias}(${JSON.stringify(example)}) });`);
    }
    for (const c of (record.schema['x-counterexamples'] as { data: unknown }[] | undefined) ?? []) {
      lines.push(`results.push({ id: ${JSON.stringify(record.id)}, kind: 'counterexample', valid: ${alias}(${JSON.stringify(c.data)}), messages: (${alias}.errors ?? []).map((e) => e.message ?? '') });`);
    }
  }
  lines.push(
    // A type guard narrows: after the check, `input` is a Person.
    'const input: unknown = JSON.parse(\'{"fullName": "x"}\');',
    'if (validatePerson(input)) { const p: Person = input; void p; }',
    "const hanoi: string = provinceCodes['01'].vi;",
    // Bilingual errors: Vietnamese by default, English on request.
    'validatePerson({});',
    'const vi = errorsText(validatePerson.errors);',
    'localize.en(validatePerson.errors);',
    'const en = errorsText(validatePerson.errors);',
    'declare const console: { log(message: string): void };',
    'console.log(JSON.stringify({ results, hanoi, vi, en }));',
  );
  return `${lines.join('\n')}\n`;
}

const COMPILERS = [
  ['TypeScript 7', join(repo, 'node_modules/.bin/tsc')],
  ['TypeScript 5.9', join(repo, 'node_modules/typescript5/bin/tsc')],
] as const;
const RESOLUTIONS = [
  ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
  ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
] as const;

describe('a consumer project installing the packed packages', () => {
  it('writes its program', () => {
    writeFileSync(join(project, 'src/main.ts'), consumerSource());
  });

  for (const [compiler, tsc] of COMPILERS) {
    for (const [resolution, options] of RESOLUTIONS) {
      it(`compiles in strict mode with ${compiler}, moduleResolution ${resolution}`, () => {
        const config = join(project, `tsconfig.${resolution}.json`);
        writeFileSync(
          config,
          JSON.stringify({
            compilerOptions: { ...options, rootDir: 'src', target: 'es2022', strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false, types: [], outDir: `dist-${resolution}`, lib: ['es2023'] },
            include: ['src'],
          }),
        );
        let output = '';
        try {
          run(tsc, ['-p', config], project);
        } catch (error) {
          output = String((error as { stdout?: string }).stdout ?? error);
        }
        expect(output).toBe('');
      });
    }
  }

  it('runs in Node: every example valid, every counter-example invalid, messages in Vietnamese', () => {
    const printed = JSON.parse(run(process.execPath, ['dist-nodenext/main.js'], project)) as { results: { id: string; kind: string; valid: boolean; messages?: string[] }[]; hanoi: string; vi: string; en: string };
    const examples = printed.results.filter((r) => r.kind === 'example');
    const counters = printed.results.filter((r) => r.kind === 'counterexample');
    expect(examples.length).toBeGreaterThan(50);
    expect(counters.length).toBeGreaterThan(50);
    expect(examples.filter((r) => !r.valid).map((r) => r.id)).toEqual([]);
    expect(counters.filter((r) => r.valid).map((r) => r.id)).toEqual([]);
    // Vietnamese by default: at least most messages carry Vietnamese letters.
    const messages = counters.flatMap((r) => r.messages ?? []);
    expect(messages.filter((m) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i.test(m)).length).toBeGreaterThan(messages.length * 0.8);
    expect(printed.hanoi).toBe('Thành phố Hà Nội');
    console.log(`person error, vi: ${printed.vi} | en: ${printed.en}`);
    expect(printed.vi).toContain('là trường bắt buộc');
    expect(printed.en).toContain('is required');
  });
});

describe('package quality', () => {
  it('publint finds nothing in any package', () => {
    for (const pkg of readdirSync(out)) {
      const report = run(join(repo, 'node_modules/.bin/publint'), ['run', join(out, pkg), '--level', 'warning'], work);
      expect(report, pkg).toContain('All good!');
    }
  });

  it('@arethetypeswrong/cli finds no problem for ESM consumers, on the root, validators and concrete subpaths', () => {
    const core = readdirSync(tarballs).find((t) => t.startsWith('ndd-core-'))!;
    const report = run(
      join(repo, 'node_modules/.bin/attw'),
      [join(tarballs, core), '--profile', 'esm-only', '--format', 'json', '--include-entrypoints', './person/v1', './codelists/province/v1', './validators/person/v1'],
      work,
    );
    const parsed = JSON.parse(report) as { analysis: { problems: unknown[] } };
    // ESM-only packages: CommonJS (node16-cjs) and node10 resolutions are out of scope, as attw's esm-only profile says.
    expect(parsed.analysis.problems.filter((p) => !['node10', 'node16-cjs'].includes((p as { resolutionKind?: string }).resolutionKind ?? ''))).toEqual([]);
  });
});

describe('tree-shaking', () => {
  it('a bundle importing one validator holds none of the validators it does not reach', async () => {
    writeFileSync(join(project, 'one.mjs'), "import { validatePerson } from '@ndd/core/validators';\nconsole.log(validatePerson({}));\n");
    writeFileSync(join(project, 'all.mjs'), "import * as all from '@ndd/core/validators';\nconsole.log(Object.keys(all).length);\n");
    const bundle = async (entry: string) =>
      (await esbuild({ entryPoints: [join(project, entry)], bundle: true, format: 'esm', platform: 'node', write: false, absWorkingDir: project, logLevel: 'silent' })).outputFiles[0]!.text;
    const one = await bundle('one.mjs');
    const all = await bundle('all.mjs');
    const reached = new Set([PERSON, ...transitiveDependencies(PERSON)]);
    const unreached = dictionary.domains.get('core')!.schemaIds.filter((id) => !reached.has(id));
    expect(unreached.length).toBeGreaterThan(3);
    for (const id of unreached) expect(one, id).not.toContain(`validate${names.get(id)}`);
    for (const id of unreached) expect(all).toContain(`validate${names.get(id)}`);
    console.log(`tree-shaking: one validator (person and what it reaches) ${one.length} bytes; every core validator ${all.length} bytes`);
    expect(one.length).toBeLessThan(all.length);
  });
});

function transitiveDependencies(id: string): string[] {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) for (const d of dictionary.dependenciesOf(queue.pop()!)) if (!seen.has(d)) seen.add(d), queue.push(d);
  return [...seen];
}
