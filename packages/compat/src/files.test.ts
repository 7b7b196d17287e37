import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compatFiles } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'ndd-compat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const oldP = file('old.json', JSON.stringify({ type: 'object', properties: { a: { type: 'string' } } }));
const wider = file('wider.json', JSON.stringify({ type: 'object', properties: { a: { type: ['string', 'null'] } } }));
const bad = file('bad.json', '{\n  "type": "string",\n  "maxLength": }\n');

describe('compatFiles', () => {
  it('exit 0 when compatible, 1 when not', () => {
    expect(compatFiles(oldP, wider, { mode: 'BACKWARD' }).exitCode).toBe(0);
    expect(compatFiles(oldP, wider, { mode: 'FORWARD' }).exitCode).toBe(1);
    expect(compatFiles(oldP, wider, { mode: 'NONE' }).exitCode).toBe(0);
  });

  it('--format json prints exactly one JSON object in the issue-5 shape', () => {
    const r = compatFiles(oldP, wider, { mode: 'FULL', format: 'json' });
    const o = JSON.parse(r.output) as Record<string, unknown>;
    expect(Object.keys(o)).toEqual(['mode', 'compatible', 'bump', 'changes']);
    expect(o).toMatchObject({ mode: 'FULL', compatible: false, bump: 'major' });
    const changes = o.changes as { rule: string; counterexample?: { instance: unknown; validUnder: string; invalidUnder: string } }[];
    const widened = changes.find((c) => c.rule === 'type-widened');
    expect(widened?.counterexample).toEqual({ instance: { a: null }, validUnder: 'new', invalidUnder: 'old' });
  });

  it('invalid JSON: exit 2, file, line and column, no stack trace', () => {
    const r = compatFiles(oldP, bad);
    expect(r.exitCode).toBe(2);
    expect(r.output).toContain(`${bad}:3:16`);
    expect(r.output).not.toMatch(/\n\s+at /);
  });

  it('missing file and unknown dialect: exit 2 with a clear message', () => {
    expect(compatFiles(join(dir, 'nope.json'), oldP)).toMatchObject({ exitCode: 2 });
    expect(compatFiles(join(dir, 'nope.json'), oldP).output).toContain('cannot read the file');
    const odd = file('odd.json', JSON.stringify({ $schema: 'https://example.com/my-dialect' }));
    expect(compatFiles(odd, oldP).output).toContain('unknown $schema');
  });

  it('every format renders', () => {
    for (const format of ['text', 'github', 'markdown', 'sarif'] as const) {
      const r = compatFiles(oldP, wider, { mode: 'FULL', format });
      expect(r.exitCode).toBe(1);
      expect(r.output).toContain('type-widened');
    }
    expect(() => JSON.parse(compatFiles(oldP, wider, { format: 'sarif' }).output)).not.toThrow();
  });
});
