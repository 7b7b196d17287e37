import { join } from 'node:path';
import type { Bump, Change } from '@ndd/compat';
import type { Diagnostic } from '@ndd/diagnostics';
import { bundleSchema, loadDictionary, loadDictionaryFromGit, WAIVERS_FILE, type CompatibilityPolicy, type Dictionary, type JsonObject } from '@ndd/registry';
import { analysePair, PairAnalysis, verdictOf, type DirectedChange, type PairVerdict } from './analyse.js';
import { assertionHash, bundleHash } from './bundle-identity.js';
import { judgeDependent } from './dependents.js';
import { policyOf, directionsOf } from './policy.js';
import { releasedDictionaries } from './releases.js';
import { maxBump, nextVersion, versionSatisfies } from './versions.js';
import { fingerprintOf, readWaivers, type Waiver } from './waivers.js';

/** Options of {@link checkDictionary}. */
export interface CheckOptions {
  /** The git repository holding the base. */
  readonly repoDir: string;
  /** The base: a branch, tag or commit, read from git objects only. */
  readonly against: string;
  /** The dictionary folder in the work tree (the head). */
  readonly dictionaryDir: string;
  /** The dictionary folder's path inside the repository (for the base). */
  readonly dictionarySubdir: string;
  /** Today's date (YYYY-MM-DD), for waiver expiry; injectable for tests. */
  readonly today: string;
  /**
   * Where the loader keeps what reading each file found between runs (default: the repository's
   * `.ndd-cache/`, ignored by git); `false` for none. Only that folder is written.
   */
  readonly cacheDir?: string | false;
}

/** One breaking (or undecided) change of a schema, with its fingerprint for waivers. */
export interface BreakingChange extends DirectedChange {
  readonly fingerprint: string;
  /** What it was compared with: the base ref or a release tag. */
  readonly against: string;
  readonly waiver?: Waiver;
}

/** The verdict on one schema that changed. */
export interface SchemaCheck {
  readonly id: string;
  readonly file: string;
  readonly package: string;
  /** `dependency`: the file did not change, a schema it references did (its bundle changed). */
  readonly change: 'added' | 'removed' | 'changed' | 'dependency';
  readonly policy: CompatibilityPolicy;
  readonly compatible: boolean;
  readonly bump: Bump;
  readonly version: { readonly before?: string; readonly after?: string; readonly required?: string };
  readonly breaking: readonly BreakingChange[];
  /** `$id`s that reference this schema, directly or not: what the change reaches. */
  readonly impact: readonly string[];
  /** Short description of what changed, for reviewers and changesets. */
  readonly summary: readonly string[];
}

/** What the check found. */
export interface CheckResult {
  readonly against: string;
  readonly ok: boolean;
  readonly schemas: readonly SchemaCheck[];
  readonly packages: readonly { readonly name: string; readonly bump: Bump; readonly schemas: readonly string[] }[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  /** How many schemas were analysed (changed ones and their dependents). */
  readonly analysed: number;
}

/**
 * `ndd check --against <ref>`: compares the dictionary in the work tree with the base read from
 * git objects. Each schema that changed — or whose referenced schemas changed — is judged under
 * its policy (see {@link policyOf}) against the base and, for `_TRANSITIVE` policies, against
 * every released version; the bump of each schema and package is derived; a breaking change that
 * keeps its major fails (the fix is a new `v<N+1>` file beside the old one), unless a valid
 * waiver covers it.
 */
export async function checkDictionary(options: CheckOptions): Promise<CheckResult> {
  // One after the other: the base reuses the head's reading of every file whose bytes it shares.
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? join(options.repoDir, '.ndd-cache'));
  const loadOptions = cacheDir === undefined ? {} : { cacheDir };
  const head = await loadDictionary(options.dictionaryDir, { ...loadOptions, keepFiles: true });
  // The base (and each release) takes every head file whose git blob id matches the tree's
  // entry, bytes and all: only what changed comes from the object database.
  const gitOptions = { ...loadOptions, knownFiles: head.files ?? [] };
  const base = await loadDictionaryFromGit(options.repoDir, options.against, options.dictionarySubdir, gitOptions);
  const diagnostics: Diagnostic[] = head.diagnostics.filter((d) => d.severity === 'error');
  const fail = (extra: Diagnostic[]): CheckResult => ({ against: options.against, ok: false, schemas: [], packages: [], diagnostics: [...diagnostics, ...extra], sources: head.sources, analysed: 0 });
  if (!head.dictionary || diagnostics.length > 0) return fail([]);
  if (!base.dictionary) return fail(base.diagnostics.map((d) => ({ ...d, message: `Base ${options.against}: ${d.message}` })));
  const after = head.dictionary;
  const before = base.dictionary;
  const waiverFile = join(options.dictionaryDir, WAIVERS_FILE);
  const { waivers, diagnostics: waiverDiagnostics } = await readWaivers(waiverFile, WAIVERS_FILE);
  diagnostics.push(...waiverDiagnostics);

  // What to analyse: schemas whose file changed, and everything that references them.
  const changed = [...after.schemas.values()].filter((r) => before.schemas.get(r.id)?.contentHash !== r.contentHash).map((r) => r.id);
  const affected = new Set<string>();
  for (const id of changed) {
    affected.add(id);
    for (const dependent of after.transitiveDependentsOf(id)) affected.add(dependent);
  }
  const removed = [...before.schemas.keys()].filter((id) => !after.schemas.has(id));
  const releases = releasedDictionaries(options.repoDir, options.dictionarySubdir, gitOptions);
  const usedWaivers = new Set<Waiver>();
  const schemas: SchemaCheck[] = [];

  // Schemas whose own file changed are analysed first: what they do decides their dependents.
  const analyses = new Map<string, PairAnalysis>();
  for (const id of affected) {
    const previous = before.schemas.get(id);
    if (previous && previous.contentHash !== after.schemas.get(id)!.contentHash) analyses.set(id, new PairAnalysis(bundleSchema(before, id), bundleSchema(after, id)));
  }
  const dependentContext = { before, after, analyses };

  for (const id of [...affected].sort()) {
    const record = after.schemas.get(id)!;
    const pkg = packageOf(after, id);
    const policy = policyOf(after, record);
    const impact = after.transitiveDependentsOf(id);
    const previous = before.schemas.get(id);
    if (!previous) {
      schemas.push({ id, file: record.file, package: pkg, change: 'added', policy, compatible: true, bump: 'minor', version: { after: record.metadata.version }, breaking: [], impact, summary: ['new schema'] });
      continue;
    }
    const ownChange = record.contentHash !== previous.contentHash;
    const analysis = analyses.get(id);
    // Bundles only when needed: a dependent judged from what it reaches may never need them.
    let pair = analysis ? { before: analysis.before, after: analysis.after } : undefined;
    const bundles = () => (pair ??= { before: bundleSchema(before, id), after: bundleSchema(after, id) });
    const checked = directionsOf(policy);
    const directions = (['backward', 'forward'] as const).filter((d) => checked[d]);
    // A dependent is judged from what it reaches when that is sound; otherwise compared in full.
    const inherited = analysis === undefined ? judgeDependent(dependentContext, id, bundles, directions) : undefined;
    const verdict: PairVerdict = inherited
      ? { compatible: inherited.breaking.length === 0, bump: inherited.bump, breaking: inherited.breaking, changes: [] }
      : verdictOf(analysis ?? new PairAnalysis(bundles().before, bundles().after), policy);
    if (verdict.bump === 'none') continue;
    const hashes = lazyHashes(before, after, id);
    const breaking: BreakingChange[] = verdict.breaking.map((c) => withFingerprint(c, id, options.against, hashes.before(), hashes.after(), waivers, options.today, usedWaivers));
    // _TRANSITIVE: every released version must stay compatible too, not only the base.
    if (checked.transitive) {
      for (const release of await releases.forPackage(pkg)) {
        if (!release.dictionary.schemas.has(id)) continue;
        // Skipped only when the release's bundle is the base's: the file alone may be the same
        // while a schema it references changed since the release (a dependent, most often).
        const releasedHash = bundleHash(release.dictionary, id);
        if (releasedHash === hashes.before()) continue;
        // A release that differs from the base in annotations only accepts what the base does:
        // the head's verdict against it is its verdict against the base, already given.
        if (assertionHash(release.dictionary, id) === assertionHash(before, id)) continue;
        const releasedBundle = bundleSchema(release.dictionary, id);
        const old = analysePair(releasedBundle, bundles().after, policy);
        for (const c of old.breaking) breaking.push(withFingerprint(c, id, release.tag, releasedHash, hashes.after(), waivers, options.today, usedWaivers));
      }
    }
    const unwaived = breaking.filter((b) => !b.waiver);
    const compatible = unwaived.length === 0;
    const bump: Bump = breaking.length > 0 ? 'major' : verdict.bump;
    const version = { before: previous.metadata.version, after: record.metadata.version, required: nextVersion(previous.metadata.version, bump) };
    schemas.push({ id, file: record.file, package: pkg, change: ownChange ? 'changed' : 'dependency', policy, compatible, bump, version, breaking, impact, summary: inherited ? [...inherited.summary] : summarise(verdict.changes) });
    // A schema that changed only through a referenced schema is reported in the summary and
    // counts in its package's bump, but the fix (and so the finding) belongs to that schema.
    if (ownChange) for (const b of unwaived) diagnostics.push(breakingDiagnostic(after, id, record.file, policy, b));
    if (compatible && bump !== 'major' && !versionSatisfies(previous.metadata.version, record.metadata.version, bump) && record.contentHash !== previous.contentHash) {
      diagnostics.push(at(after, id, '/x-ndd/version', {
        code: 'version-not-bumped',
        severity: 'error',
        message: `${id} changed (${bump}) but its version went from ${previous.metadata.version} to ${record.metadata.version}; it must be at least ${version.required}.`,
        hint: `Set "x-ndd.version" to ${version.required}.`,
      }));
    }
  }
  for (const id of removed) {
    const record = before.schemas.get(id)!;
    const pkg = packageOf(before, id);
    schemas.push({ id, file: record.file, package: pkg, change: 'removed', policy: policyOf(before, record), compatible: false, bump: 'major', version: { before: record.metadata.version }, breaking: [], impact: [], summary: ['schema removed'] });
    if (policyOf(before, record) !== 'NONE') {
      diagnostics.push({
        code: 'schema-removed',
        severity: 'error',
        message: `${id} was removed; systems that use it break.`,
        file: record.file,
        hint: 'Keep the file and set its status to "superseded" or "retired" with a successor (x-ndd.deprecated); remove it only with a major release of its package.',
      });
    }
  }
  for (const w of waivers) {
    if (w.expires < options.today) {
      diagnostics.push({ code: 'waiver-expired', severity: 'error', message: `The waiver ${w.fingerprint} for ${w.schema} (${w.rule}) expired on ${w.expires}.`, file: WAIVERS_FILE, hint: 'Fix the change, or have the waiver renewed by its approver.' });
    } else if (!usedWaivers.has(w)) {
      diagnostics.push({ code: 'waiver-unused', severity: 'warning', message: `The waiver ${w.fingerprint} for ${w.schema} (${w.rule}) matches no change; remove it.`, file: WAIVERS_FILE });
    }
  }
  const packages = packageBumps(schemas);
  return {
    against: options.against,
    ok: !diagnostics.some((d) => d.severity === 'error'),
    schemas,
    packages,
    diagnostics,
    sources: head.sources,
    analysed: affected.size,
  };
}

/** The change with its fingerprint (from the hashes of the two bundles, computed once per pair) and waiver. */
function withFingerprint(change: DirectedChange, id: string, against: string, beforeHash: string, afterHash: string, waivers: readonly Waiver[], today: string, used: Set<Waiver>): BreakingChange {
  const fingerprint = fingerprintOf(id, change.rule, change.pointer, beforeHash, afterHash);
  const waiver = waivers.find((w) => w.fingerprint === fingerprint && w.schema === id && w.expires >= today);
  if (waiver) used.add(waiver);
  return { ...change, fingerprint, against, ...(waiver ? { waiver } : {}) };
}

function breakingDiagnostic(dictionary: Dictionary, id: string, file: string, policy: CompatibilityPolicy, b: BreakingChange): Diagnostic {
  const direction = b.direction;
  const effect = b[direction];
  const example = b.counterexample ? ` Counterexample (valid under ${b.counterexample.validUnder}, invalid under ${b.counterexample.invalidUnder}): ${JSON.stringify(b.counterexample.instance)}.` : '';
  const local = b.pointer.startsWith('/$defs/') && b.pointer.split('/')[2]?.includes('~1') ? '' : b.pointer;
  return at(dictionary, id, local, {
    code: effect === 'undecided' ? 'undecided-change' : 'breaking-change',
    severity: 'error',
    message: `${effect === 'undecided' ? 'Cannot prove compatible' : 'Breaking'} under ${policy} (${direction}, against ${b.against}): ${b.message} [${b.rule}]${example}`,
    hint: `Put the change in a new major file (v${(dictionary.schemas.get(id)?.major ?? 1) + 1}.schema.json beside ${file}), or add a reviewed waiver with fingerprint ${b.fingerprint} to ndd.waivers.json.`,
    data: { rule: b.rule, fingerprint: b.fingerprint, against: b.against, ...(b.counterexample ? { counterexample: b.counterexample } : {}) },
  });
}

function at(dictionary: Dictionary, id: string, pointer: string, d: Omit<Diagnostic, 'file' | 'pointer' | 'start' | 'end'>): Diagnostic {
  const record = dictionary.schemas.get(id)!;
  const range = record.positionOf(pointer) ?? record.positionOf('');
  return { ...d, file: record.file, pointer, ...(range ? { start: range.start, end: range.end } : {}) };
}

function packageOf(dictionary: Dictionary, id: string): string {
  const domain = dictionary.schemas.get(id)!.domain;
  return dictionary.domains.get(domain)?.package ?? `@ndd/${domain}`;
}

function packageBumps(schemas: readonly SchemaCheck[]): CheckResult['packages'] {
  const byPackage = new Map<string, { bump: Bump; schemas: string[] }>();
  for (const s of schemas) {
    const entry = byPackage.get(s.package) ?? { bump: 'none' as Bump, schemas: [] };
    entry.bump = maxBump(entry.bump, s.bump);
    entry.schemas.push(s.id);
    byPackage.set(s.package, entry);
  }
  return [...byPackage].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, e]) => ({ name, bump: e.bump, schemas: e.schemas }));
}

function summarise(changes: readonly Change[]): string[] {
  return [...new Set(changes.map((c) => `${c.rule}${c.pointer ? ` at ${c.pointer}` : ''}`))].slice(0, 20);
}

/** The hashes of a schema's bundle before and after, computed only when a fingerprint needs them. */
function lazyHashes(before: Dictionary, after: Dictionary, id: string): { before: () => string; after: () => string } {
  let b: string | undefined;
  let a: string | undefined;
  return { before: () => (b ??= bundleHash(before, id)), after: () => (a ??= bundleHash(after, id)) };
}
