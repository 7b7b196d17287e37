import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenPerson, writeFixture } from '../support/fixture-dictionary.js';

// End to end: the built bin, as a user or CI runs it (`npm test` runs `tsc -b` first).
const BIN = join(import.meta.dirname, '../../packages/cli/dist/bin.cjs');
const ESC = String.fromCharCode(27);

function ndd(args: string[], cwd: string, env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, NDD_DEBUG: _d, ...base } = process.env;
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let broken: Awaited<ReturnType<typeof writeFixture>>;
beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npx tsc -b\` first`);
  broken = await writeFixture({ 'demo/person/v1.schema.json': brokenPerson() });
});
afterAll(() => broken.cleanup());

describe('the ndd executable', () => {
  it('starts with a shebang and answers --help with exit 0', () => {
    const r = ndd(['--help'], broken.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ndd lint [path]');
    expect(r.stderr).toBe('');
  });

  it('loads neither the registry nor ajv for --help, so that it starts fast', () => {
    // A module-resolution hook that reports every module the process resolves.
    const hook = join(broken.root, 'hook.mjs');
    writeFileSync(hook, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`resolved ${r.url}\\n`); return r; }\n");
    const register = join(broken.root, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
    // Unbundled: the probe sees the modules Node loads apart (a bundle holds them all, evaluated on first use).
    const help = ndd(['lint', '--help'], broken.root, { NDD_NO_BUNDLE: '1' }, ['--import', register]);
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('/yargs/');
    expect(help.stderr).not.toMatch(/\/registry\/|\/ajv\//);
    // The same probe sees them when a command needs them: the test can fail.
    expect(ndd(['lint'], broken.root, { NDD_NO_BUNDLE: '1' }, ['--import', register]).stderr).toMatch(/\/registry\/dist\/index\.js/);
  });

  it('exits 2 without a stack trace on an unknown command', () => {
    const r = ndd(['frobnicate'], broken.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ndd: Unknown command: frobnicate\nRun 'ndd --help' for usage.\n");
  });

  it('exits 1 on findings and prints annotations', () => {
    const r = ndd(['lint', '--format', 'github'], broken.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=dictionary\/demo\/person\/v1\.schema\.json,line=\d+,col=\d+,endColumn=\d+,title=ndd dangling-ref::/);
  });

  it('colours only when asked and never with NO_COLOR', () => {
    expect(ndd(['lint'], broken.root).stdout).not.toContain(ESC); // a pipe is not a TTY
    expect(ndd(['lint'], broken.root, { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(ndd(['lint'], broken.root, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
  });
});
