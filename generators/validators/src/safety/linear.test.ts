import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { provablyLinear } from './linear.js';

const dictionary = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../dictionary');

/** recheck's own verdict, as checkPattern asks for it (pure backend, fixed seed). */
function recheckSafe(pattern: string): boolean {
  process.env['RECHECK_SYNC_BACKEND'] = 'pure';
  return checkSync(pattern, 'u', { randomSeed: 0, timeout: 5_000 }).status === 'safe';
}

describe('provablyLinear', () => {
  it('accepts anchored patterns with at most one variable repetition', () => {
    for (const p of ['^[0-9]{12}$', '^\\S{1,50}$', '^[A-Z]{2}[0-9]{9}$', '^K[1-3]$', '^[A-Z0-9./-]{1,30}$', '^a.*b$', '^[^]x?$', '^\\d{4}-\\d{2}-\\d{2}$']) {
      expect(provablyLinear(p), p).toBe(true);
    }
  });

  it('leaves everything else to recheck', () => {
    for (const p of ['^\\d*\\d*$', '^(a+)+$', '^[0-9]+\\.[0-9]+$', '^a|b$', '\\d+$', '^\\d+', '^(ab){3}$', '^\\1$', '^\\p{L}+$', '^[[a]]+$', '^a{1,3}b{1,3}$', '^[]]$', '^a\\$']) {
      expect(provablyLinear(p), p).toBe(false);
    }
  });

  it('never calls safe what recheck does not (every pattern of the dictionary, and some)', () => {
    const patterns = new Set(['^[0-9]{12}$', '^\\S{1,50}$', '^a.*b$', '^[^]x?$']);
    for (const file of readdirSync(dictionary, { recursive: true }).map(String).filter((f) => f.endsWith('.schema.json'))) {
      for (const m of readFileSync(join(dictionary, file), 'utf8').matchAll(/"pattern": *("(?:[^"\\]|\\.)*")/g)) patterns.add(JSON.parse(m[1]!) as string);
    }
    const linear = [...patterns].filter((p) => provablyLinear(p));
    expect(linear.length).toBeGreaterThan(10);
    for (const p of linear) expect(recheckSafe(p), p).toBe(true);
  }, 120_000);
});
