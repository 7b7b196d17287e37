/**
 * Whether a pattern is, by its shape alone, free of super-linear backtracking: anchored at both
 * ends (`^…$`), no group, no alternation, and at most one atom whose repetition count varies
 * (`*`, `+`, `?`, `{n,m}`, `{n,}`); every other atom matches a fixed number of times. Anchored
 * at `^`, a match has one start; with one variable count, the engine tries at most one split
 * per input length, each checked in constant time: linear.
 *
 * This covers most identifier patterns (`^[0-9]{12}$`, `^\S{1,50}$`) and answers them in
 * microseconds, where recheck takes tens of milliseconds a pattern plus a fifth of a second to
 * load. It is sound, not complete: anything else goes to recheck. Valid in `u` mode is checked
 * before (the caller compiles the pattern first).
 */
export function provablyLinear(pattern: string): boolean {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return false;
  const body = pattern.slice(1, -1);
  let variable = 0;
  let i = 0;
  while (i < body.length) {
    const atom = atomEnd(body, i);
    if (atom < 0) return false;
    i = atom;
    const quantifier = /^(?:\{(\d+)(?:(,)(\d*))?\}|[*+?])\??/.exec(body.slice(i));
    if (quantifier) {
      const [text, min, comma, max] = quantifier;
      const fixed = min !== undefined && (comma === undefined || max === min);
      if (!fixed) variable++;
      i += text.length;
    }
    if (variable > 1) return false;
  }
  return true;
}

/** Where the atom starting at `i` ends, or -1 for anything but a literal, `.`, an escape or a class. */
function atomEnd(body: string, i: number): number {
  const c = body[i]!;
  if (c === '\\') {
    const next = body[i + 1];
    // Back-references and named ones, and property escapes with braces, are left to recheck.
    if (next === undefined || /[1-9kpPux]/.test(next)) return -1;
    return i + 2;
  }
  if (c === '[') {
    if (body[i + 1] === ']') return -1;
    for (let j = i + 1; j < body.length; j++) {
      if (body[j] === '\\') j++;
      else if (body[j] === '[') return -1;
      else if (body[j] === ']') return j + 1;
    }
    return -1;
  }
  if ('()|{}*+?^$'.includes(c)) return -1;
  return i + 1;
}
