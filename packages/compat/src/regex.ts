/**
 * Regular-language reasoning about JSON Schema `pattern`s with refa.
 *
 * A JSON Schema pattern is UNANCHORED: a string is valid when the pattern matches anywhere in it,
 * so `"[a-z]*"` accepts every string. We therefore decide inclusion of the languages
 * `[^]*(?:P)[^]*` (read as full matches), using ajv's flags (`u`). Patterns that refa cannot turn
 * into an automaton (backreferences it cannot expand, lookarounds it cannot remove) give
 * `undefined`: the caller must answer `undecided`.
 */
import { createRequire } from 'node:module';
import type { DFA } from 'refa';
import { fixedInclusion, fixedSets, fixedWord, preferredChar, type Ranges } from './fixed-pattern.js';

// refa is one 1 MB CommonJS file: required (which skips the ES loader's scan of its exports) on
// the first pattern that needs an automaton, not when the engine loads.
const require = createRequire(import.meta.url);
type Refa = typeof import('refa');
let refaModule: Refa | undefined;
function refa(): Refa {
  return (refaModule ??= require('refa') as Refa);
}

const cache = new Map<string, DFA | null>();
const MAX_NODES = 20_000;

/** The DFA of strings that contain a match of `pattern`, or null when refa cannot build it. */
function languageOf(pattern: string): DFA | null {
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  let dfa: DFA | null = null;
  try {
    // Check first that the pattern is a valid `u` regex, as ajv compiles it.
    new RegExp(pattern, 'u');
    const { DFA, JS, NFA, Transformers, transform } = refa();
    const parser = JS.Parser.fromLiteral({ source: `^[^]*(?:${pattern})[^]*$`, flags: 'u' });
    const { expression, maxCharacter } = parser.parse({ backreferences: 'throw', assertions: 'parse' });
    const simplified = transform(Transformers.simplify({ ignoreAmbiguity: true, ignoreOrder: true }), expression);
    const edgeless = transform(Transformers.patternEdgeAssertions({ remove: true }), simplified);
    const nfa = NFA.fromRegex(edgeless, { maxCharacter }, { assertions: "throw" }, new NFA.LimitedNodeFactory(MAX_NODES));
    dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(MAX_NODES));
    dfa.minimize();
  } catch {
    dfa = null;
  }
  if (cache.size > 300) cache.clear(); // a DFA may hold 20,000 states: keep few
  cache.set(pattern, dfa);
  return dfa;
}

/** Strings a universal pattern must match: failing one is proof enough, without an automaton. */
const PROBES = ['', 'a', 'Z', '0', ' ', '-', '\n', 'é', '\u{1F600}', 'ab'];

/** True when the unanchored `pattern` provably matches every string. */
export function patternIsUniversal(pattern: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    return false; // as languageOf: no automaton, not provably universal
  }
  // ajv runs patterns as `new RegExp(p, 'u')`: a probe it rejects shows the pattern is not universal.
  if (!PROBES.every((p) => re.test(p))) return false;
  const dfa = languageOf(pattern);
  if (dfa === null) return false;
  const c = dfa.copy();
  c.complement();
  return c.isEmpty;
}

/** Result of a language inclusion check. */
export type Inclusion = { readonly included: true } | { readonly included: false; readonly witness: string } | { readonly included: undefined; readonly why: string };

/**
 * Is every string matching `a` (unanchored) also matching `b`? `a` or `b` may be undefined (no
 * pattern = all strings). Fixed-length anchored patterns are decided without automata
 * (fixed-pattern.ts), with the same answer and witness.
 */
export function patternIncluded(a: string | undefined, b: string | undefined): Inclusion {
  if (b === undefined) return { included: true };
  const fb = fixedOf(b);
  if (fb !== undefined && fb.length > 0) {
    // A nonempty product never holds the empty string, which the no-pattern side accepts.
    if (a === undefined) return { included: false, witness: '' };
    const fa = fixedOf(a);
    if (fa !== undefined) return fixedInclusion(fa, fb);
  }
  return automatonIncluded(a, b);
}

/** {@link patternIncluded} from refa's automata only. */
export function automatonIncluded(a: string | undefined, b: string | undefined): Inclusion {
  if (b === undefined) return { included: true };
  const B = languageOf(b);
  const A = a === undefined ? null : languageOf(a);
  if (B === null) return { included: undefined, why: `refa cannot build an automaton for the pattern ${JSON.stringify(b)}` };
  if (a !== undefined && A === null) return { included: undefined, why: `refa cannot build an automaton for the pattern ${JSON.stringify(a)}` };
  try {
    const notB = B.copy();
    notB.complement();
    const { DFA } = refa();
    const diff = A === null ? notB : DFA.fromIntersection(A, notB, new DFA.LimitedNodeFactory(MAX_NODES));
    if (diff.isEmpty) return { included: true };
    return { included: false, witness: firstWords(diff, 1)[0] ?? '' };
  } catch {
    return { included: undefined, why: 'the pattern automata are too large to compare' };
  }
}

/**
 * Up to `n` short strings matching the unanchored `pattern` (empty when refa cannot tell). A
 * fixed-length anchored pattern gets its one word without an automaton (pattern-word.ts).
 */
export function patternSamples(pattern: string, n = 3): string[] {
  if (n < 1) return automatonSamples(pattern, n);
  let word = fixedWords.get(pattern);
  if (word === undefined) {
    const sets = fixedOf(pattern);
    word = sets === undefined ? null : fixedWord(sets);
    if (fixedWords.size > 1000) fixedWords.clear();
    fixedWords.set(pattern, word);
  }
  return word === null ? automatonSamples(pattern, n) : [word];
}

/** The word of each fixed-length pattern met (null: not fixed-length), by pattern. */
const fixedWords = new Map<string, string | null>();

/** {@link patternSamples} from refa's automaton only. */
export function automatonSamples(pattern: string, n = 3): string[] {
  const dfa = languageOf(pattern);
  if (dfa === null) return [];
  try {
    return firstWords(dfa, n);
  } catch {
    return [];
  }
}

/** The character sets of a fixed-length anchored pattern that is a valid `u` regex. */
function fixedOf(pattern: string): Ranges[] | undefined {
  const sets = fixedSets(pattern);
  if (sets === undefined) return undefined;
  try {
    new RegExp(pattern, 'u');
    return sets;
  } catch {
    return undefined;
  }
}

function firstWords(dfa: DFA, n: number): string[] {
  const out: string[] = [];
  let sets = 0;
  for (const ws of dfa.wordSets()) {
    if (++sets > 50) break;
    // Prefer printable ASCII letters and digits when the character set allows them.
    const word = ws.map((cs) => preferredChar(cs.ranges));
    out.push(String.fromCodePoint(...word));
    if (out.length >= n) break;
  }
  return out;
}
