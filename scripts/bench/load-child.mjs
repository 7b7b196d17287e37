/**
 * Child process of the load section: loads one dictionary `runs` times and prints one JSON
 * document with every run's time, the process's peak resident set and the heap the model keeps.
 * Usage: node load-child.mjs <dir> <runs>
 */
import { loadDictionary } from '@ndd/registry';

const [dir, runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
const times = [];
let last;
let heapAfter = 0;
for (let i = 0; i < runs; i++) {
  last = undefined;
  globalThis.gc?.();
  const started = performance.now();
  last = await loadDictionary(dir);
  times.push(performance.now() - started);
  globalThis.gc?.();
  heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
}
const errors = last.diagnostics.filter((d) => d.severity === 'error').length;
process.stdout.write(
  JSON.stringify({
    times,
    schemas: last.dictionary?.schemas.size ?? 0,
    errors,
    diagnostics: last.diagnostics.length,
    // resourceUsage().maxRSS is in KiB.
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapAfter,
  }),
);
