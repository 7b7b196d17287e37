/**
 * Counterexamples: concrete instances valid under one schema and invalid under the other,
 * verified with the reference validator (ajv on the ORIGINAL documents, in their own dialects)
 * before they are shown. A breaking claim without a verified witness is downgraded to
 * `undecided` by the caller: the engine never claims a break it cannot show.
 */
import type { ValidateFunction } from 'ajv';
import { candidates, type Deref } from './generate.js';
import { isObject, type Json, type JsonObject } from './json.js';
import { patternSamples } from './regex.js';
import type { PathSeg, RawChange } from './types.js';

/** What the search needs. */
export interface WitnessEnv {
  readonly validOld: (x: Json) => boolean;
  readonly validNew: (x: Json) => boolean;
  readonly oldRoot: Json;
  readonly newRoot: Json;
  readonly deref: Deref;
  readonly validLocal: (node: Json, x: Json) => boolean | undefined;
}

/** Wraps an ajv validate function so that it never throws. */
export function safe(v: ValidateFunction): (x: Json) => boolean {
  return (x) => {
    try {
      return v(x) === true;
    } catch {
      return false;
    }
  };
}

const PROBES: Json[] = [null, true, false, 0, 1, -1, 0.5, 1e9, '', 'a', 'abc', [], [null], {}, { a: 1 }];

/** Base instances per side, computed once per comparison. */
export class WitnessSearch {
  private readonly bases: Record<'old' | 'new', Json[]>;
  private readonly globals: Json[];

  /** Candidates by node: changes at the root (required, properties, additionalProperties) ask again and again for the roots' candidates. */
  private readonly candidatesOf = new WeakMap<object, Json[]>();

  constructor(private readonly env: WitnessEnv) {
    const co = this.candidates(env.oldRoot);
    const cn = this.candidates(env.newRoot);
    this.globals = [...co, ...cn, ...PROBES];
    this.bases = { old: firstValid([...co, ...cn], env.validOld, 6), new: firstValid([...cn, ...co], env.validNew, 6) };
  }

  /** An instance showing the break of `c` in direction `dir`, or undefined. */
  find(c: RawChange, dir: 'backward' | 'forward'): Json | undefined {
    const from = dir === 'backward' ? this.env.validOld : this.env.validNew;
    const to = dir === 'backward' ? this.env.validNew : this.env.validOld;
    const ok = (x: Json): boolean => from(x) && !to(x);
    const localFrom = dir === 'backward' ? c.oldNode : c.newNode;
    const localTo = dir === 'backward' ? c.newNode : c.oldNode;
    let locals: Json[] = [...(c.hints?.[dir] ?? [])];
    if (localFrom !== undefined) locals.push(...this.candidates(localFrom));
    if (localTo !== undefined) locals.push(...this.candidates(localTo).slice(0, 6));
    locals.push(...PROBES);
    // Keep the local values that the local nodes separate, when that can be told.
    if (localFrom !== undefined && localTo !== undefined) {
      const sep = locals.filter((v) => this.env.validLocal(localFrom, v) === true && this.env.validLocal(localTo, v) === false);
      locals = [...sep, ...locals.filter((v) => !sep.includes(v))];
    }
    locals = locals.slice(0, 40);
    const bases = this.bases[dir === 'backward' ? 'old' : 'new'];
    let budget = 400;
    for (const base of bases.length > 0 ? bases : [{}]) {
      for (const v of locals) {
        if (--budget < 0) break;
        const x = place(base, c.path, v);
        if (x !== undefined && ok(x)) return x;
      }
    }
    for (const x of [...bases, ...this.globals]) if (ok(x)) return x;
    return undefined;
  }

  /** {@link candidates} of a node, computed once per search (a pure function of the node). */
  private candidates(node: Json): readonly Json[] {
    if (!isObject(node)) return candidates(node, this.env.deref);
    let known = this.candidatesOf.get(node);
    if (known === undefined) this.candidatesOf.set(node, (known = candidates(node, this.env.deref)));
    return known;
  }

  /** Any sampled instance valid under one side and not the other (the safety net). */
  sample(dir: 'backward' | 'forward'): Json | undefined {
    const from = dir === 'backward' ? this.env.validOld : this.env.validNew;
    const to = dir === 'backward' ? this.env.validNew : this.env.validOld;
    return this.globals.find((x) => from(x) && !to(x));
  }
}

/**
 * The first `n` values `valid` accepts, in order (as `filter(valid).slice(0, n)`, without
 * validating — and compiling the parts of — the values after them).
 */
function firstValid(values: readonly Json[], valid: (x: Json) => boolean, n: number): Json[] {
  const out: Json[] = [];
  for (const v of values) {
    if (out.length >= n) break;
    if (valid(v)) out.push(v);
  }
  return out;
}

/** A copy of `base` with `value` placed at `path`; undefined when the path cannot be materialised. */
export function place(base: Json, path: readonly PathSeg[], value: Json): Json | undefined {
  if (path.length === 0) return value;
  const [seg, ...rest] = path as [PathSeg, ...PathSeg[]];
  switch (seg.kind) {
    case 'prop': {
      const o: JsonObject = isObject(base) ? { ...base } : {};
      const inner = place(o[seg.name] ?? null, rest, value);
      if (inner === undefined) return undefined;
      o[seg.name] = inner;
      return o;
    }
    case 'other-prop': {
      const o: JsonObject = isObject(base) ? { ...base } : {};
      const names = seg.pattern !== undefined ? patternSamples(seg.pattern, 3) : ['extra', 'zz', 'k9'];
      const name = names.find((n) => !seg.exclude.includes(n) && !(n in o));
      if (name === undefined) return undefined;
      const inner = place(null, rest, value);
      if (inner === undefined) return undefined;
      o[name] = inner;
      return o;
    }
    case 'index': {
      const a: Json[] = Array.isArray(base) ? [...base] : [];
      while (a.length <= seg.index) a.push(a.length > 0 ? (a[a.length - 1] as Json) : null);
      const inner = place(a[seg.index] ?? null, rest, value);
      if (inner === undefined) return undefined;
      a[seg.index] = inner;
      return a;
    }
    default:
      return undefined;
  }
}
