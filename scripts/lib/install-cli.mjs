/**
 * Installs @ndd/cli as a user gets it: the CLI and every workspace package it depends on are
 * packed with `npm pack` (running their `prepack`: the CLI's packed bundle) and installed from
 * the tarballs into a fresh project. Used by the test of the installed CLI (test/cli) and by the
 * bench's compat section, so both measure the package as published, not the checkout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Workspace package folders of the repository at `repo`, by package name. */
function workspaces(repo) {
  const found = new Map();
  for (const parent of ['packages', 'generators']) {
    for (const name of readdirSync(join(repo, parent))) {
      const file = join(repo, parent, name, 'package.json');
      if (existsSync(file)) found.set(JSON.parse(readFileSync(file, 'utf8')).name, join(repo, parent, name));
    }
  }
  return found;
}

/** The folders of @ndd/cli and of every workspace package it depends on, directly or not. */
export function cliClosure(repo) {
  const all = workspaces(repo);
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !all.has(name)) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(all.get(name), 'package.json'), 'utf8'));
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  visit('@ndd/cli');
  return [...seen].map((name) => all.get(name));
}

/**
 * Packs the CLI's closure from the built checkout at `repo` and installs it into `dir/project`
 * (made afresh; `dir` is emptied first). Third-party dependencies come from the npm cache when it
 * has them, else from the registry. Returns the installed CLI's folder.
 */
export function installPackedCli(repo, dir) {
  rmSync(dir, { recursive: true, force: true });
  const tarballs = join(dir, 'tarballs');
  const project = join(dir, 'project');
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(project);
  const dependencies = {};
  for (const folder of cliClosure(repo)) {
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', tarballs, folder], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const file = out.trim().split('\n').at(-1);
    dependencies[JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name] = `file:${join(tarballs, file)}`;
  }
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'ministry-ci', private: true, dependencies }, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  return join(project, 'node_modules', '@ndd', 'cli');
}
