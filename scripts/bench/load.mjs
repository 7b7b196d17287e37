/**
 * Bench section "load": load, meta-validate, resolve and index the real dictionary and synthetic
 * ones of growing size (issue 3: under 2 s for 5,000 schemas, growing linearly).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesize, writeDictionary } from '../lib/synth.mjs';
import { formatTable, median, mib, ms, runChild } from './harness.mjs';

const CHILD = fileURLToPath(new URL('./load-child.mjs', import.meta.url));

export const name = 'load';
export const title = 'Load, meta-validate, resolve and index a dictionary';

/** @param {{ root: string, runs: number, sizes: number[], cacheDir: string, seed: number }} options */
export async function run({ root, runs, sizes, cacheDir, seed }) {
  const cases = [{ label: 'real dictionary/', dir: join(root, 'dictionary'), size: undefined }];
  for (const size of sizes) {
    const dir = join(cacheDir, `synth-${size}-${seed}`);
    await writeDictionary(dir, synthesize({ schemas: size, seed }));
    cases.push({ label: `synthetic ${size.toLocaleString('en')}`, dir, size });
  }
  const rows = [];
  const results = [];
  for (const c of cases) {
    const result = await runChild(CHILD, [c.dir, runs]);
    const [cold, ...warm] = result.times;
    const typical = median(warm.length > 0 ? warm : [cold]);
    results.push({ ...c, ...result, cold, typical });
    rows.push({
      case: c.label,
      schemas: result.schemas.toLocaleString('en'),
      mib: mib(await dirBytes(c.dir)),
      cold: ms(cold),
      median: ms(typical),
      per1000: ms((typical / Math.max(1, result.schemas)) * 1000),
      rss: mib(result.maxRss),
      heap: mib(result.heapAfter),
      findings: `${result.errors} err / ${result.diagnostics}`,
    });
  }
  const table = formatTable(
    [
      { key: 'case', label: 'case' },
      { key: 'schemas', label: 'schemas' },
      { key: 'mib', label: 'on disk' },
      { key: 'cold', label: 'first run' },
      { key: 'median', label: `median of ${Math.max(1, runs - 1)}` },
      { key: 'per1000', label: 'per 1,000' },
      { key: 'rss', label: 'peak RSS' },
      { key: 'heap', label: 'heap kept' },
      { key: 'findings', label: 'findings' },
    ],
    rows,
  );
  return `${table}\n\n${linearity(results.filter((r) => r.size !== undefined))}`;
}

/** The slope between the smallest and largest synthetic case, and the goal for the largest. */
function linearity(results) {
  if (results.length < 2) return '';
  const first = results[0];
  const last = results[results.length - 1];
  const slope = ((last.typical - first.typical) / (last.schemas - first.schemas)) * 1000;
  const lines = [`slope ${first.schemas.toLocaleString('en')} → ${last.schemas.toLocaleString('en')}: ${ms(slope)} per 1,000 schemas`];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    lines.push(`  ${a.schemas} → ${b.schemas}: ${ms(((b.typical - a.typical) / (b.schemas - a.schemas)) * 1000)} per 1,000`);
  }
  const goal = last.schemas >= 5000 ? `goal < 2 s for 5,000: ${last.typical < 2000 ? 'met' : 'NOT met'} (median ${ms(last.typical)}, first run ${ms(last.cold)})` : '';
  return [...lines, goal].filter(Boolean).join('\n');
}

async function dirBytes(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}
