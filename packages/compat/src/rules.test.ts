import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules/index.js';
import { renderRulesDoc } from './rules-doc.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('rule table', () => {
  it('lists every rule file, and each file is named by its rule id', () => {
    const files = readdirSync(join(here, 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('has unique ids, descriptions and at least 60 kinds', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES.length).toBeGreaterThanOrEqual(60);
    for (const r of RULES) expect(r.description.length, r.id).toBeGreaterThan(20);
  });

  it('RULES.md is generated from the table and up to date', () => {
    const path = join(here, '../RULES.md');
    const want = renderRulesDoc();
    if (process.env.NDD_UPDATE_RULES === '1') writeFileSync(path, want);
    expect(readFileSync(path, 'utf8')).toBe(want);
  });
});
