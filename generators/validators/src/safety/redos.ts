import { createRequire } from 'node:module';
import type * as Recheck from 'recheck';
import { provablyLinear } from './linear.js';

// recheck (a large Scala.js bundle) takes ~150 ms to load: only when a pattern is not known yet.
const require = createRequire(import.meta.url);
let recheck: typeof Recheck | undefined;

/** The verdict on one regular expression. */
export interface PatternVerdict {
  readonly safe: boolean;
  /** Why it was refused: recheck's complexity, an attack string, or a parse error. */
  readonly reason?: string;
}

const verdicts = new Map<string, PatternVerdict>();

/**
 * Checks a `pattern` (or `patternProperties` key) for catastrophic backtracking with recheck,
 * before ajv ever compiles it. Only a pattern recheck proves `safe` is accepted: `vulnerable`
 * and `unknown` (timeout, unsupported syntax) are both refused, because a validator that a
 * ministry runs on millions of untrusted records must not hang on one of them.
 *
 * recheck's synchronous entry point normally runs a native binary or a JVM through a worker;
 * `RECHECK_SYNC_BACKEND=pure` selects its Scala.js checker, so nothing is spawned or fetched.
 * The seed is fixed so that fuzzing is deterministic. Results are memoised per pattern. A
 * pattern whose shape alone proves it linear ({@link provablyLinear}) is not sent to recheck.
 */
export function checkPattern(pattern: string): PatternVerdict {
  const known = verdicts.get(pattern);
  if (known) return known;
  const verdict = runRecheck(pattern);
  verdicts.set(pattern, verdict);
  return verdict;
}

function runRecheck(pattern: string): PatternVerdict {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { safe: false, reason: `not a valid regular expression (${(error as Error).message})` };
  }
  if (provablyLinear(pattern)) return { safe: true };
  const previous = process.env['RECHECK_SYNC_BACKEND'];
  process.env['RECHECK_SYNC_BACKEND'] = 'pure';
  let result: Recheck.Diagnostics;
  try {
    recheck ??= require('recheck') as typeof Recheck;
    result = recheck.checkSync(pattern, 'u', { randomSeed: 0, timeout: 5_000 });
  } finally {
    if (previous === undefined) delete process.env['RECHECK_SYNC_BACKEND'];
    else process.env['RECHECK_SYNC_BACKEND'] = previous;
  }
  if (result.status === 'safe') return { safe: true };
  if (result.status === 'vulnerable') {
    return { safe: false, reason: `${result.complexity.summary} backtracking, e.g. on ${result.attack.pattern}` };
  }
  return { safe: false, reason: `recheck could not prove it safe (${result.error.kind})` };
}

/**
 * Every verdict this thread knows, to be kept (by the build's cache, keyed by {@link RECHECK_SETTINGS})
 * or handed to another thread with {@link rememberPatternVerdicts}.
 */
export function knownPatternVerdicts(): ReadonlyMap<string, PatternVerdict> {
  return verdicts;
}

/** Adds verdicts reached before (by another thread or build, with the same settings). */
export function rememberPatternVerdicts(known: Iterable<readonly [string, PatternVerdict]>): void {
  for (const [pattern, verdict] of known) if (!verdicts.has(pattern)) verdicts.set(pattern, verdict);
}

/** What a verdict depends on besides the pattern: recheck's settings here (its version is the caller's). */
export const RECHECK_SETTINGS = 'recheck:pure:u:seed0:timeout5000';
