/**
 * Child process of the compat section: loads @ndd/compat, then compares two schema files `runs`
 * times with `compareSchemas` in one mode. Prints one JSON document: the module load time, every
 * call's time (the first one includes JIT warm-up), the report's shape and the peak RSS.
 * Usage: node compat-child.mjs <old.json> <new.json> <mode> <runs>
 */
import { readFileSync } from 'node:fs';

const [oldPath, newPath, mode, runsArg] = process.argv.slice(2);
const loadStart = performance.now();
const { compareSchemas } = await import('@ndd/compat');
const loadMs = performance.now() - loadStart;
const oldText = readFileSync(oldPath, 'utf8');
const newText = readFileSync(newPath, 'utf8');
const times = [];
let report;
for (let i = 0; i < Number(runsArg); i++) {
  // Fresh objects every call: nothing compiled for one call is reused by the next.
  const before = JSON.parse(oldText);
  const after = JSON.parse(newText);
  const start = performance.now();
  report = compareSchemas(before, after, { mode });
  times.push(performance.now() - start);
}
const effects = { ok: 0, breaking: 0, undecided: 0 };
for (const c of report.changes) for (const dir of ['backward', 'forward']) effects[c[dir]]++;
process.stdout.write(
  JSON.stringify({
    loadMs,
    times,
    compatible: report.compatible,
    bump: report.bump,
    changes: report.changes.length,
    effects,
    rules: [...new Set(report.changes.map((c) => c.rule))].sort(),
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
