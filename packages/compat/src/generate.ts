/**
 * A small instance generator: candidate values that are *likely* valid under a normalised
 * schema. Nothing here is trusted: every candidate is checked with ajv before it is used as a
 * counterexample, so the generator only has to be good at proposing.
 */
import { isObject, type Json, type JsonObject } from './json.js';
import { lower, upper } from './empty.js';
import { patternSamples } from './regex.js';
import { FORMAT_SAMPLES } from './rules/support/format-table.js';

/** Follows references for the generator. */
export type Deref = (node: Json) => Json;

const LIMIT = 12;

/** Candidate instances for `node`, most plausible first. */
export function candidates(node: Json, deref: Deref, depth = 0): Json[] {
  const n = deref(node);
  if (n === false) return [];
  if (n === true || !isObject(n)) return depth > 3 ? [null] : [null, 0, 'a', true, {}, [], 1.5];
  if (Array.isArray(n.enum)) return (n.enum as Json[]).slice(0, LIMIT);
  const out: Json[] = [];
  const base = { ...n };
  for (const k of ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not'] as const) delete base[k];
  const baseCands = depth > 4 ? [] : typed(base, deref, depth);
  out.push(...baseCands);
  // Conjuncts and branches: merge object candidates, add branch candidates.
  const branches: Json[] = [];
  if (Array.isArray(n.anyOf)) branches.push(...(n.anyOf as Json[]));
  if (Array.isArray(n.oneOf)) branches.push(...(n.oneOf as Json[]));
  if ('if' in n) branches.push({ allOf: [n.if as Json, (n.then ?? true) as Json] }, n.else ?? true);
  if (Array.isArray(n.allOf)) branches.push({ allOf: n.allOf as Json[] } as Json);
  for (const br of branches) {
    const bc = depth > 4 ? [] : candidates(isObject(br) && Array.isArray(br.allOf) ? ((br.allOf as Json[])[0] as Json) : br, deref, depth + 1);
    for (const c of bc.slice(0, 4)) {
      out.push(c);
      for (const b of baseCands.slice(0, 3)) if (isObject(b) && isObject(c)) out.push({ ...b, ...c });
    }
    if (isObject(br) && Array.isArray(br.allOf)) {
      for (const part of (br.allOf as Json[]).slice(1)) for (const c of candidates(part, deref, depth + 1).slice(0, 3)) if (isObject(c)) for (const b of out.slice(0, 3)) if (isObject(b)) out.push({ ...b, ...c });
    }
  }
  return dedupe(out).slice(0, LIMIT * 2);
}

/**
 * `candidates(node, deref, depth)[0]` without computing the other candidates: an object's
 * candidates start from the first candidate of each required property, and on a wide entity
 * computing every property's full list to keep its head was most of the generator's time.
 * generate.test.ts checks the two agree.
 */
export function firstCandidate(node: Json, deref: Deref, depth = 0): Json | undefined {
  const n = deref(node);
  if (n === false) return undefined;
  if (n === true || !isObject(n)) return null;
  if (Array.isArray(n.enum)) return n.enum[0] as Json | undefined;
  // The first candidate is the first of the first type's candidates, when there are any.
  const types = Array.isArray(n.type) ? (n.type as string[]) : ['string'];
  if (depth <= 4 && types.length > 0) {
    const t = types[0];
    if (t === 'null') return null;
    if (t === 'boolean') return true;
    if (t === 'integer' || t === 'number') {
      const first = numbers(n, t === 'integer')[0];
      if (first !== undefined) return first;
    } else if (t === 'string') return strings(n)[0] as string;
    else if (t === 'object') {
      const base = { ...n };
      for (const k of ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not'] as const) delete base[k];
      return requiredBase(base, deref, depth);
    }
  }
  return candidates(node, deref, depth)[0];
}

function dedupe(values: Json[]): Json[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = JSON.stringify(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function typed(s: JsonObject, deref: Deref, depth: number): Json[] {
  const types = Array.isArray(s.type) ? (s.type as string[]) : ['string', 'integer', 'number', 'object', 'array', 'boolean', 'null'];
  const out: Json[] = [];
  for (const t of types) {
    if (t === 'null') out.push(null);
    else if (t === 'boolean') out.push(true, false);
    else if (t === 'integer' || t === 'number') out.push(...numbers(s, t === 'integer'));
    else if (t === 'string') out.push(...strings(s));
    else if (t === 'array') out.push(...arrays(s, deref, depth));
    else if (t === 'object') out.push(...objects(s, deref, depth));
  }
  return out;
}

function numbers(s: JsonObject, integer: boolean): number[] {
  const lo = lower(s);
  const hi = upper(s);
  const m = typeof s.multipleOf === 'number' ? s.multipleOf : undefined;
  const raw: number[] = [0, 1, -1, 0.5, 10, 100];
  for (const b of [lo, hi]) if (b) raw.push(b.value, b.value + 1, b.value - 1, b.value + 0.5, b.value - 0.5, Math.ceil(b.value), Math.floor(b.value));
  if (lo && hi) raw.push((lo.value + hi.value) / 2, Math.round((lo.value + hi.value) / 2));
  if (m !== undefined) {
    const start = lo ? Math.ceil(lo.value / m) * m : 0;
    raw.unshift(start, start + m, m, 0);
  }
  const ok = (v: number): boolean =>
    Number.isFinite(v) && (!lo || (lo.exclusive ? v > lo.value : v >= lo.value)) && (!hi || (hi.exclusive ? v < hi.value : v <= hi.value)) && (!integer || Number.isInteger(v));
  const good = raw.filter(ok);
  return [...new Set([...good, ...raw.filter((v) => Number.isFinite(v) && (!integer || Number.isInteger(v)))])].slice(0, 10);
}

function strings(s: JsonObject): string[] {
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  const out: string[] = [];
  if (typeof s.format === 'string') out.push(...((FORMAT_SAMPLES[s.format] ?? []).filter((v) => typeof v === 'string') as string[]));
  if (typeof s.pattern === 'string') {
    for (const w of patternSamples(s.pattern, 3)) {
      out.push(w);
      if (w.length < min) out.push(w + 'a'.repeat(clampLen(min - w.length)), 'a'.repeat(clampLen(min - w.length)) + w);
    }
  }
  out.push('a'.repeat(clampLen(min)), 'a'.repeat(clampLen(Math.max(min, 3))), '');
  if (Number.isFinite(max)) out.push('a'.repeat(clampLen(max)), 'a'.repeat(clampLen(max + 1)));
  out.push('abc', 'A1', ' ');
  return out;
}

function arrays(s: JsonObject, deref: Deref, depth: number): Json[] {
  const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Json[]) : [];
  const items = (s.items ?? true) as Json;
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  const firstOf = (x: Json): Json | undefined => candidates(x, deref, depth + 1)[0];
  const head: Json[] = [];
  for (const p of prefix) {
    const v = firstOf(p);
    if (v === undefined) break;
    head.push(v);
  }
  const itemCands = deref(items) === false ? [] : candidates(items, deref, depth + 1).slice(0, 3);
  const out: Json[] = [head];
  const contains = s.contains !== undefined ? candidates(s.contains as Json, deref, depth + 1).slice(0, 2) : [];
  for (const c of itemCands) {
    const arr = [...head];
    while (arr.length < Math.max(min, head.length + 1)) arr.push(c);
    out.push(arr);
    if (s.uniqueItems !== true) out.push([...head, c, c]);
  }
  for (const c of contains) out.push([...head, c], [...head, c, ...itemCands.slice(0, 1)]);
  if (itemCands.length > 1) out.push([...head, ...itemCands]);
  // Long enough first: objects take the first candidate of each required property as their base,
  // and a base whose required array is shorter than minItems is invalid, which would leave every
  // counterexample search on that object without a valid starting point.
  return [...out.filter((a) => Array.isArray(a) && a.length >= min), ...out.filter((a) => !Array.isArray(a) || a.length < min)];
}

/** An object's first candidate: each required property with its first candidate. */
function requiredBase(s: JsonObject, deref: Deref, depth: number): JsonObject {
  const props = isObject(s.properties) ? s.properties : {};
  const required = (s.required as string[] | undefined) ?? [];
  const o: JsonObject = {};
  for (const r of required) {
    const v = firstCandidate((props[r] ?? s.additionalProperties ?? true) as Json, deref, depth + 1);
    o[r] = v === undefined ? null : v;
  }
  return o;
}

function objects(s: JsonObject, deref: Deref, depth: number): Json[] {
  const props = isObject(s.properties) ? s.properties : {};
  const o = requiredBase(s, deref, depth);
  const dr = isObject(s.dependentRequired) ? s.dependentRequired : {};
  const out: Json[] = [o];
  const full: JsonObject = { ...o };
  for (const [k, sub] of Object.entries(props)) {
    // `candidates` keeps the first LIMIT * 2 distinct values: on a wide object, proposing one
    // per optional property beyond that is quadratic work whose result is cut away.
    if (out.length > LIMIT * 2) break;
    if (k in o) continue;
    const vs = candidates(sub as Json, deref, depth + 1);
    if (vs.length === 0) continue;
    const withK: JsonObject = { ...o, [k]: vs[0] as Json };
    for (const d of (dr[k] as string[] | undefined) ?? []) if (!(d in withK)) withK[d] = (firstCandidate((props[d] ?? true) as Json, deref, depth + 1) ?? null) as Json;
    out.push(withK);
    full[k] = vs[0] as Json;
    for (const v of vs.slice(1, 3)) out.push({ ...o, [k]: v });
  }
  out.push(full);
  if (s.additionalProperties !== false) out.push({ ...o, extra: 1 }, { ...o, extra: 'x' });
  return out;
}

/** A usable repeat count (schemas may carry negative or huge lengths). */
function clampLen(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(Math.floor(n), 1000)) : 0;
}
