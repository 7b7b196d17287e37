/**
 * Child process of the compat section: loads @ndd/compat, then compares schema pairs with
 * `compareSchemas` in one mode, each from freshly parsed objects. Prints one JSON document:
 * - `cold`: the first pair, first call in this process (JIT cold, nothing compiled);
 * - `unseen`: each further pair once (other seeds: JIT warm, but none of their schemas seen);
 * - `repeat`: the first pair again, `repeats` times (what a long-lived process comparing the
 *   same schemas again pays, with every compiled part cached);
 * and the module load time, the first pair's report shape and the peak RSS.
 * Usage: node compat-child.mjs <mode> <repeats> <old.json> <new.json> [<old.json> <new.json> …]
 */
import { readFileSync } from 'node:fs';

const [mode, repeatsArg, ...paths] = process.argv.slice(2);
const pairs = [];
for (let i = 0; i + 1 < paths.length; i += 2) pairs.push([readFileSync(paths[i], 'utf8'), readFileSync(paths[i + 1], 'utf8')]);
const loadStart = performance.now();
const { compareSchemas } = await import('@ndd/compat');
const loadMs = performance.now() - loadStart;

/** One call on fresh objects: nothing compiled for one object is reused through its identity. */
function time([oldText, newText]) {
  const before = JSON.parse(oldText);
  const after = JSON.parse(newText);
  const start = performance.now();
  const report = compareSchemas(before, after, { mode });
  return { ms: performance.now() - start, report };
}

const first = time(pairs[0]);
const unseen = pairs.slice(1).map((p) => time(p).ms);
const repeat = [];
for (let i = 0; i < Number(repeatsArg); i++) repeat.push(time(pairs[0]).ms);
const report = first.report;
const effects = { ok: 0, breaking: 0, undecided: 0 };
for (const c of report.changes) for (const dir of ['backward', 'forward']) effects[c[dir]]++;
process.stdout.write(
  JSON.stringify({
    loadMs,
    cold: first.ms,
    unseen,
    repeat,
    compatible: report.compatible,
    bump: report.bump,
    changes: report.changes.length,
    effects,
    rules: [...new Set(report.changes.map((c) => c.rule))].sort(),
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
