import type { Bump } from '@ndd/compat';

/** Whether `after` is at least `bump` above `before` (semver, same major). */
export function versionSatisfies(before: string, after: string, bump: Bump): boolean {
  const [a, b] = [parse(before), parse(after)];
  if (!a || !b) return false;
  if (bump === 'none') return true;
  if (bump === 'major') return b[0] > a[0];
  if (bump === 'minor') return b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]);
  return compare(b, a) > 0;
}

/** The smallest version that satisfies `bump` over `before`. */
export function nextVersion(before: string, bump: Bump): string {
  const v = parse(before) ?? [0, 0, 0];
  if (bump === 'major') return `${v[0] + 1}.0.0`;
  if (bump === 'minor') return `${v[0]}.${v[1] + 1}.0`;
  if (bump === 'patch') return `${v[0]}.${v[1]}.${v[2] + 1}`;
  return before;
}

const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

function parse(v: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
