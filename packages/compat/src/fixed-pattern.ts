/**
 * Fixed-length anchored patterns (`^[A-Z]{2}[0-9]{7}$`) decided without automata.
 *
 * Most dictionary patterns have this shape, and building refa's automata for them (after loading
 * refa, a 1 MB module) was most of what a first comparison spent on patterns. The language of such
 * a pattern is a product of character sets S1…Sk, so inclusion is decided position by position,
 * and the words refa's automata yield first are known in closed form: the minimal automaton of a
 * product is a chain, and refa's (unminimised) intersection of one with the complement of another
 * branches where a position leaves the other pattern, its branches taken in the order of their
 * least character. regex.test.ts checks that every answer here — sample words, inclusion
 * and witnesses — is the one refa gives. Anything else (alternation, open quantifiers, escapes but
 * `\d`, negated classes) is left to refa.
 */

/** A character set as sorted, disjoint code point ranges (refa's `CharSet.ranges` shape). */
export type Ranges = readonly { readonly min: number; readonly max: number }[];

/** The longest pattern decided here; refa would refuse much longer ones (its node limit). */
const MAX_LENGTH = 1000;

/** Characters that are literal outside a class in a `u` regex (everything else is left to refa). */
const LITERAL = /^[A-Za-z0-9 _,:;'"!%&=<>@#~`-]$/;
/** Characters that are literal inside a class (range ends included). */
const CLASS_LITERAL = /^[A-Za-z0-9 _.,:;'"!%&=<>@#~`/+*?(){}|$]$/;

/**
 * The character sets of an anchored, fixed-length pattern made of literal characters, `\d` and
 * non-negated ASCII classes, each optionally repeated `{n}` times; undefined for any other pattern.
 */
export function fixedSets(pattern: string): Ranges[] | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return undefined;
  const body = pattern.slice(1, -1);
  const sets: Ranges[] = [];
  let i = 0;
  while (i < body.length) {
    let set: Ranges | undefined;
    const c = body[i] as string;
    if (c === '\\') {
      if (body[i + 1] !== 'd') return undefined;
      set = [{ min: 0x30, max: 0x39 }];
      i += 2;
    } else if (c === '[') {
      const end = body.indexOf(']', i + 1);
      if (end < 0) return undefined;
      set = classRanges(body.slice(i + 1, end));
      i = end + 1;
    } else if (LITERAL.test(c)) {
      set = [{ min: c.charCodeAt(0), max: c.charCodeAt(0) }];
      i += 1;
    }
    if (set === undefined) return undefined;
    let count = 1;
    if (body[i] === '{') {
      const m = /^\{(\d{1,4})\}/.exec(body.slice(i));
      if (m === null) return undefined;
      count = Number(m[1]);
      i += m[0].length;
    }
    if (sets.length + count > MAX_LENGTH) return undefined;
    for (let k = 0; k < count; k++) sets.push(set);
  }
  return sets;
}

/** The word refa's automaton of a product yields: each position's preferred character. */
export function fixedWord(sets: readonly Ranges[]): string {
  return String.fromCodePoint(...sets.map(preferredChar));
}

/**
 * Whether every word of product `a` is a word of product `b`, and if not the first word of the
 * difference as refa's automaton of it yields it: at each position, the set that keeps to `b`
 * (while a later position can still leave it) or the one that leaves it, whichever holds the
 * smaller character.
 */
export function fixedInclusion(a: readonly Ranges[], b: readonly Ranges[]): { readonly included: true } | { readonly included: false; readonly witness: string } {
  // Position i of a word of `a` read from b's chain state i: `stay` keeps to b, `leave` falls
  // out of it for good (past b's end, everything does).
  const stay = a.map((s, i) => (i < b.length ? intersect(s, b[i] as Ranges) : []));
  const leave = a.map((s, i) => (i < b.length ? subtract(s, b[i] as Ranges) : s));
  // A word that keeps to b all along ends inside b only when the lengths agree.
  const endsOutside = a.length !== b.length;
  if (!endsOutside && leave.every((d) => d.length === 0)) return { included: true };
  const word: number[] = [];
  let inside = true;
  for (let i = 0; i < a.length; i++) {
    if (!inside) {
      word.push(preferredChar(a[i] as Ranges));
      continue;
    }
    const keep = stay[i] as Ranges;
    const out = leave[i] as Ranges;
    const canStay = keep.length > 0 && (endsOutside || leave.slice(i + 1).some((d) => d.length > 0));
    if (canStay && (out.length === 0 || (keep[0] as { min: number }).min < (out[0] as { min: number }).min)) word.push(preferredChar(keep));
    else {
      word.push(preferredChar(out));
      inside = false;
    }
  }
  return { included: false, witness: String.fromCodePoint(...word) };
}

/** The ranges of a class body (`A-Z0-9_`), or undefined for anything but plain ASCII members. */
function classRanges(body: string): Ranges | undefined {
  if (body === '' || body.startsWith('^')) return undefined;
  const ranges: { min: number; max: number }[] = [];
  let i = 0;
  while (i < body.length) {
    const lo = body[i] as string;
    if (lo === '-' && (i === 0 || i === body.length - 1)) {
      ranges.push({ min: 0x2d, max: 0x2d });
      i += 1;
      continue;
    }
    if (!CLASS_LITERAL.test(lo)) return undefined;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const hi = body[i + 2] as string;
      if (!CLASS_LITERAL.test(hi) || hi.charCodeAt(0) < lo.charCodeAt(0)) return undefined;
      ranges.push({ min: lo.charCodeAt(0), max: hi.charCodeAt(0) });
      i += 3;
    } else {
      ranges.push({ min: lo.charCodeAt(0), max: lo.charCodeAt(0) });
      i += 1;
    }
  }
  return normalise(ranges);
}

/** Sorted, merged ranges. */
function normalise(ranges: { min: number; max: number }[]): Ranges {
  const sorted = [...ranges].sort((x, y) => x.min - y.min);
  const out: { min: number; max: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.min <= last.max + 1) last.max = Math.max(last.max, r.max);
    else out.push({ ...r });
  }
  return out;
}

function intersect(x: Ranges, y: Ranges): Ranges {
  const out: { min: number; max: number }[] = [];
  for (const r of x) for (const s of y) if (Math.max(r.min, s.min) <= Math.min(r.max, s.max)) out.push({ min: Math.max(r.min, s.min), max: Math.min(r.max, s.max) });
  return normalise(out);
}

function subtract(x: Ranges, y: Ranges): Ranges {
  let rest: { min: number; max: number }[] = x.map((r) => ({ ...r }));
  for (const s of y) {
    const next: { min: number; max: number }[] = [];
    for (const r of rest) {
      if (s.max < r.min || s.min > r.max) next.push(r);
      else {
        if (r.min < s.min) next.push({ min: r.min, max: s.min - 1 });
        if (s.max < r.max) next.push({ min: s.max + 1, max: r.max });
      }
    }
    rest = next;
  }
  return normalise(rest);
}

/**
 * The character a sample word takes from a set: a lower-case letter, else an upper-case one, else
 * a digit (scanning from `0`), else from the space up, else the set's smallest character.
 */
export function preferredChar(set: Ranges): number {
  const has = (c: number): boolean => set.some((r) => r.min <= c && c <= r.max);
  for (const pref of [0x61, 0x41, 0x30, 0x20]) {
    for (let c = pref; c < pref + 26; c++) if (has(c)) return c;
  }
  return set[0]?.min ?? 0x61;
}
