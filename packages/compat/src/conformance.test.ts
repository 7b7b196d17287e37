/**
 * The public conformance suite (../shared/conformance, relative to the repository root, or the
 * folder `NDD_CONFORMANCE_DIR` names, for a clone kept elsewhere), read in place, never copied.
 * Zero unsound verdicts; every other disagreement listed in conformance-disagreements.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareSchemas } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const suiteDir = process.env['NDD_CONFORMANCE_DIR'] ?? join(here, '../../../../shared/conformance');
const suite = join(suiteDir, 'apicurio-json-schema.json');
const present = existsSync(suite);
if (!present) console.warn(`conformance suite not found at ${suite}: conformance tests skipped (set NDD_CONFORMANCE_DIR to the folder holding apicurio-json-schema.json)`);

interface Case {
  id: string;
  description: string;
  old: unknown;
  new: unknown;
  backward: boolean;
  forward: boolean;
}

describe.skipIf(!present)('apicurio conformance suite', () => {
  const cases = present ? (JSON.parse(readFileSync(suite, 'utf8')) as { cases: Case[] }).cases : [];
  const results = cases.map((c) => {
    const r = compareSchemas(c.old, c.new, { mode: 'FULL' });
    return { c, backward: r.changes.every((x) => x.backward === 'ok'), forward: r.changes.every((x) => x.forward === 'ok'), report: r };
  });

  it('reads all 145 cases', () => {
    expect(cases.length).toBe(145);
  });

  it('has zero unsound verdicts', () => {
    const unsound = results.filter((r) => (r.backward && !r.c.backward) || (r.forward && !r.c.forward)).map((r) => r.c.id);
    expect(unsound).toEqual([]);
  });

  it('disagrees exactly where conformance-disagreements.md says', () => {
    const doc = readFileSync(join(here, '../conformance-disagreements.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| (apicurio-\d+) \|/gm)].map((m) => m[1]).sort();
    const actual = results.filter((r) => r.backward !== r.c.backward || r.forward !== r.c.forward).map((r) => r.c.id).sort();
    expect(actual).toEqual(listed);
  });

  it('backs every breaking verdict with a counterexample', () => {
    for (const r of results) for (const ch of r.report.changes) if (ch.backward === 'breaking') expect(ch.counterexample, `${r.c.id} ${ch.rule}`).toBeDefined();
  });
});
