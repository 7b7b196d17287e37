/**
 * Test support: writes a generated domain package to a temporary `node_modules` and runs plain
 * Node on it (no bundler, no loader hooks), the way a ministry's service would import it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '@ndd/generator-kit';
import { temporaryDirectory } from './temporary.js';

const FORMATS_PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../packages/formats');

/** Writes `files` as package `name` under a new temporary directory; returns that directory. */
export function writePackage(name: string, files: readonly GeneratedFile[]): string {
  const root = temporaryDirectory('ndd-validators-');
  const pkg = join(root, 'node_modules', ...name.split('/'));
  for (const file of files) {
    mkdirSync(dirname(join(pkg, file.path)), { recursive: true });
    writeFileSync(join(pkg, file.path), file.contents);
  }
  // The exports the writer is expected to declare for validators.
  const manifest = {
    name,
    type: 'module',
    sideEffects: false,
    exports: { './validators': './validators/index.js', './validators/*': './validators/*.js' },
    dependencies: { '@ndd/formats': '0.1.0' },
  };
  writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest));
  // @ndd/formats as installed: its compiled dist (built by `tsc -b`), not its TypeScript sources.
  symlinkSync(FORMATS_PACKAGE, join(root, 'node_modules', '@ndd', 'formats'), 'dir');
  return root;
}

/**
 * Runs an ES module `source` with plain Node in `root` and returns what it printed as JSON.
 * Node fails on any `require` in an ES module, so a clean run proves the output is real ESM.
 */
export function runNode<T>(root: string, source: string): T {
  const script = join(root, 'main.mjs');
  writeFileSync(script, source);
  const out = execFileSync(process.execPath, [script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as T;
}
