import { describe, expect, it } from 'vitest';
import type { RawFile } from '@ndd/registry';
import { generateOpenApi } from './index.js';
import { CASES } from './testing/cases.js';
import { fixtureFiles, loadFixture } from './testing/fixture.js';

/** A deterministic shuffle (a fixed-seed LCG), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function outputsOf(files: readonly RawFile[]): Promise<string> {
  const { dictionary } = loadFixture(files);
  const parts: string[] = [];
  for (const domain of ['core', 'land']) {
    const out = await generateOpenApi(dictionary, dictionary.domains.get(domain)!);
    for (const f of out.files) parts.push(`== ${domain}/${f.path}\n${f.contents}`);
    parts.push(JSON.stringify(out.diagnostics));
  }
  return parts.join('\n');
}

describe('determinism', () => {
  const files = fixtureFiles(CASES);

  it('gives byte-identical output and diagnostics whatever the order of the input files', async () => {
    const reference = await outputsOf(files);
    for (const seed of [1, 2, 3, 42, 2026]) {
      const order = shuffled(files, seed);
      expect(order.map((f) => f.path)).not.toEqual(files.map((f) => f.path));
      expect(await outputsOf(order)).toBe(reference);
    }
  });

  it('gives the same output when run twice on one model (no hidden state)', async () => {
    const { dictionary } = loadFixture(files);
    const domain = dictionary.domains.get('core')!;
    const first = await generateOpenApi(dictionary, domain);
    const second = await generateOpenApi(dictionary, domain);
    expect(second).toEqual(first);
  });

  it('lists components in code-unit order of their names', async () => {
    const { dictionary } = loadFixture(files);
    const out = await generateOpenApi(dictionary, dictionary.domains.get('core')!);
    for (const f of out.files) {
      const names = Object.keys(JSON.parse(f.contents).components.schemas);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });
});
