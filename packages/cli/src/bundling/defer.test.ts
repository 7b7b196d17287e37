/**
 * The bundle makes string-width's costly initialisers on first use (build.ts): every copy of
 * string-width the CLI can load must be rewritten, and must measure text exactly as the original.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deferInitialisers } from './build.js';

const cliRoot = fileURLToPath(new URL('../..', import.meta.url));
const requireHere = createRequire(join(cliRoot, 'package.json'));

/** The string-width copies reachable from yargs (its own and cliui's). */
function copies(): string[] {
  const packageDir = (entry: string, name: string): string => entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length);
  const yargs = packageDir(requireHere.resolve('yargs'), 'yargs');
  const cliui = packageDir(createRequire(join(yargs, 'package.json')).resolve('cliui'), 'cliui');
  const out = new Set<string>();
  for (const from of [yargs, cliui]) out.add(createRequire(join(from, 'package.json')).resolve('string-width'));
  return [...out];
}

const SAMPLES = ['', 'abc', 'Nguyễn Văn An', 'Nguye\u0302\u0303n', '中文字', '👩‍👩‍👧', '1\u20e3', '🇻🇳', '\u0007x', 'a\u200bb', '\u001b[31mred\u001b[39m'];

describe('deferred initialisers of string-width', () => {
  const files = copies();
  it('finds the copies yargs loads', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });
  for (const file of files) {
    it(`rewrites ${file.split('node_modules').pop()} and measures as the original`, async () => {
      const text = readFileSync(file, 'utf8');
      const deferred = deferInitialisers(file, text);
      expect(deferred).not.toMatch(/^const segmenter = new Intl\.Segmenter\(\);$/m);
      expect(deferred).not.toMatch(/^const rgiEmojiRegex = \//m);
      expect(deferred).not.toBe(text);
      // The rewritten module is bundled with esbuild (as the CLI bundle is) and loaded from memory.
      const esbuild = await import('esbuild');
      const built = await esbuild.build({ stdin: { contents: deferred, resolveDir: dirname(file), sourcefile: file }, bundle: true, format: 'esm', platform: 'node', write: false });
      const lazy = (await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0]!.text).toString('base64')}`)) as { default: (s: string) => number };
      const original = (await import(pathToFileURL(file).href)) as { default: (s: string) => number };
      for (const s of SAMPLES) expect(lazy.default(s), JSON.stringify(s)).toBe(original.default(s));
    });
  }
});
