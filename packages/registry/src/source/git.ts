import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SourceError, type RawFile } from './raw-file.js';

const run = promisify(execFile);

/**
 * Reads the `.json` files below `subdir` at a git ref straight from the object database
 * (`git ls-tree` + one `git cat-file --batch`), so the work tree is never touched: the base of a
 * compatibility check can be read while a steward's edits are still uncommitted.
 */
export async function readGitTree(repoDir: string, ref: string, subdir: string, options: GitTreeOptions = {}): Promise<RawFile[]> {
  const prefix = subdir.replace(/^\.?\/+|\/+$/g, '');
  let commit: string;
  try {
    commit = (await run('git', ['-C', repoDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).stdout.trim();
  } catch {
    throw new SourceError(
      `Git ref not found: ${ref} (in ${repoDir})`,
      'Name a branch, tag or commit that exists; in CI fetch it first (e.g. `git fetch origin main`).',
    );
  }
  const listing = await run('git', ['-C', repoDir, 'ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix || '.'], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'buffer',
  });
  const entries: { path: string; oid: string }[] = [];
  for (const line of listing.stdout.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!match) continue;
    const full = match[2]!;
    const path = prefix ? full.slice(prefix.length + 1) : full;
    if (!path.endsWith('.json') || path.split('/').some((s) => s.startsWith('.') || s === 'node_modules')) continue;
    entries.push({ path, oid: match[1]! });
  }
  if (entries.length === 0) {
    throw new SourceError(`No dictionary files under "${prefix}" at ${ref}.`, 'Check the path of the dictionary inside the repository.');
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byPath = new Map<string, Uint8Array>();
  // Files already in memory whose git blob id is the entry's are exactly that blob: neither the
  // object database nor the disk is read for them (the head's files, for a base mostly equal).
  if (options.knownFiles !== undefined) {
    const known = new Map(options.knownFiles.map((f) => [f.path, f.bytes]));
    for (const e of entries) {
      const bytes = known.get(e.path);
      if (bytes !== undefined && blobId(bytes, e.oid.length) === e.oid) byPath.set(e.path, bytes);
    }
  } else if (options.workTree !== undefined) {
    // Files git reports unchanged between the ref and the work tree are read from the work tree
    // (the same bytes, as far as git is concerned): a base mostly equal to the work tree costs
    // reading what changed from the object database, not every blob.
    for (const path of await unchangedInWorkTree(repoDir, commit, prefix, entries)) {
      try {
        byPath.set(path, readFileSync(join(options.workTree, path)));
      } catch {
        // gone since git looked: read it from the object database below
      }
    }
  }
  const fromGit = entries.filter((e) => !byPath.has(e.path));
  const blobs = await catBlobs(repoDir, fromGit.map((e) => e.oid));
  fromGit.forEach((e, i) => byPath.set(e.path, blobs[i]!));
  return entries.map((e) => ({ path: e.path, bytes: byPath.get(e.path)! }));
}

/** Options of {@link readGitTree}. */
export interface GitTreeOptions {
  /**
   * The work tree folder of `subdir` (its checkout in `repoDir`). When given, files git finds
   * unchanged there are read from it instead of from the object database. The work tree is only
   * read, never written.
   */
  readonly workTree?: string;
  /**
   * Files already read (the work tree's, say), by path relative to `subdir`. A file is used for
   * an entry when its git blob id equals the entry's, so it is exactly the committed blob: no
   * process, no disk read, and the same bytes object (whose hash the loader computed already).
   * Takes the place of `workTree` when both are given.
   */
  readonly knownFiles?: readonly RawFile[];
}

/** The git object id of a blob with these bytes (SHA-1, or SHA-256 in a repository of that format). */
function blobId(bytes: Uint8Array, oidLength: number): string {
  return createHash(oidLength === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Paths (relative to `prefix`) that `git diff` finds identical in the work tree and at `commit`. */
async function unchangedInWorkTree(repoDir: string, commit: string, prefix: string, entries: readonly { path: string }[]): Promise<Set<string>> {
  const diff = await run('git', ['-C', repoDir, 'diff', '--name-only', '-z', '--no-renames', commit, '--', prefix || '.'], { maxBuffer: 256 * 1024 * 1024 });
  const changed = new Set(
    diff.stdout
      .split('\0')
      .filter((p) => p !== '')
      .map((p) => (prefix ? p.slice(prefix.length + 1) : p)),
  );
  return new Set(entries.map((e) => e.path).filter((p) => !changed.has(p)));
}

/** Reads many blobs with one `git cat-file --batch` process. */
function catBlobs(repoDir: string, oids: readonly string[]): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repoDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new SourceError(`git cat-file failed: ${stderr.trim()}`));
      const out = Buffer.concat(chunks);
      const blobs: Uint8Array[] = [];
      let at = 0;
      for (let i = 0; i < oids.length; i++) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString('utf8').split(' ');
        const size = Number(header[2]);
        if (header[1] !== 'blob' || !Number.isFinite(size)) {
          return reject(new SourceError(`git cat-file returned an unexpected header: ${header.join(' ')}`));
        }
        blobs.push(out.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(oids.join('\n') + '\n');
  });
}
