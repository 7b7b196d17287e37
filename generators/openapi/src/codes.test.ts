import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_KINDS } from './codes.js';

const here = new URL('.', import.meta.url).pathname;
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !dir.includes('testing') ? [join(dir, e.name)] : [],
  );
}

describe('the diagnostics table', () => {
  it('is documented in the README, row by row, with the same severity', () => {
    for (const [code, kind] of Object.entries(DIAGNOSTIC_KINDS)) {
      expect(readme, code).toContain(`| \`${code}\` | ${kind.severity} | ${kind.documents} |`);
    }
    const documented = [...readme.matchAll(/^\| `(openapi[\w-]*)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(DIAGNOSTIC_KINDS).sort());
  });

  it('names every code the sources emit, and every code it names is emitted somewhere', () => {
    const text = sources(here).map((f) => readFileSync(f, 'utf8')).join('\n');
    const emitted = new Set([...text.matchAll(/'(openapi3?0?-[a-z-]+)'/g)].map((m) => m[1]!).filter((c) => !c.endsWith('.json')));
    for (const code of emitted) expect(Object.keys(DIAGNOSTIC_KINDS), code).toContain(code);
    for (const code of Object.keys(DIAGNOSTIC_KINDS)) expect(text.split(`'${code}'`).length - 1, code).toBeGreaterThanOrEqual(2);
  });
});
