/**
 * Child process of the check section: runs `checkDictionary` `runs` times on a throwaway git
 * repository and prints one JSON document: the module load time, every run's time (the first
 * includes JIT warm-up), what was analysed and found, and the peak RSS.
 * Stops repeating once the calls have taken `budgetMs` in all (at least one call).
 * Usage: node check-child.mjs <repoDir> <dictionarySubdir> <against> <runs> [budgetMs]
 */
import { join } from 'node:path';

const [repoDir, subdir, against, runsArg, budgetArg = 'Infinity'] = process.argv.slice(2);
const loadStart = performance.now();
const { checkDictionary } = await import('@ndd/check');
const loadMs = performance.now() - loadStart;
const times = [];
let result;
for (let i = 0; i < Number(runsArg); i++) {
  if (i > 0 && times.reduce((a, b) => a + b, 0) > Number(budgetArg)) break;
  const start = performance.now();
  result = await checkDictionary({ repoDir, against, dictionaryDir: join(repoDir, subdir), dictionarySubdir: subdir, today: '2026-01-01' });
  times.push(performance.now() - start);
}
process.stdout.write(
  JSON.stringify({
    loadMs,
    times,
    ok: result.ok,
    analysed: result.analysed,
    judged: result.schemas.length,
    changed: result.schemas.filter((s) => s.change === 'changed').length,
    incompatible: result.schemas.filter((s) => !s.compatible).length,
    bumps: result.packages.map((p) => `${p.name} ${p.bump}`),
    errors: result.diagnostics.filter((d) => d.severity === 'error').length,
    codes: [...new Set(result.diagnostics.map((d) => d.code))].sort(),
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
