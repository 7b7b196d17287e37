/**
 * Before/after fixtures in testdata/<case>/ with verdicts decided by a human reviewer
 * (expected.json). The engine must never be more lenient than the verdict (soundness), and must
 * agree with it except for the cases listed in testdata/KNOWN-IMPRECISE.md (over-strict only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../testdata');
const read = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const imprecise = existsSync(join(root, 'KNOWN-IMPRECISE.md')) ? [...readFileSync(join(root, 'KNOWN-IMPRECISE.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] as string) : [];

describe('fixtures', () => {
  it('has at least 150 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
  const verdicts = cases.map((name) => {
    const expected = read(join(root, name, 'expected.json')) as { backward: boolean; forward: boolean; why: string };
    const report = compareSchemas(read(join(root, name, 'before.json')), read(join(root, name, 'after.json')), { mode: 'FULL' });
    const backward = report.changes.every((c) => c.backward === 'ok');
    const forward = report.changes.every((c) => c.forward === 'ok');
    return { name, expected, report, backward, forward };
  });
  for (const v of verdicts) {
    it(`${v.name}: ${v.expected.why}`, () => {
      // Soundness: never compatible where the reviewer found a break.
      if (!v.expected.backward) expect(v.backward, 'unsound BACKWARD verdict').toBe(false);
      if (!v.expected.forward) expect(v.forward, 'unsound FORWARD verdict').toBe(false);
      if (!imprecise.includes(v.name)) expect({ backward: v.backward, forward: v.forward }).toEqual({ backward: v.expected.backward, forward: v.expected.forward });
      // Every breaking change in a direction the reviewer calls incompatible shows a witness.
      for (const c of v.report.changes) if (c.backward === 'breaking') expect(c.counterexample).toBeDefined();
    });
  }
  it('KNOWN-IMPRECISE.md lists exactly the cases where the engine is over-strict', () => {
    const actual = verdicts.filter((v) => v.backward !== v.expected.backward || v.forward !== v.expected.forward).map((v) => v.name);
    expect(actual.sort()).toEqual([...imprecise].sort());
  });
});
