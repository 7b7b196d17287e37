import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadDictionaryFromGit, type Dictionary, type GitTreeOptions, type LoadOptions } from '@ndd/registry';

const run = promisify(execFile);

/** A released version of the dictionary, as tagged by `changeset tag` (`@ndd/core@1.2.0`). */
export interface Release {
  readonly tag: string;
  readonly dictionary: Dictionary;
}

/**
 * The released dictionaries of each package, read lazily from git tags named `<package>@<version>`
 * (the tags changesets writes), each commit loaded once from git objects.
 */
export function releasedDictionaries(repoDir: string, subdir: string, options: LoadOptions & GitTreeOptions = {}): { forPackage(pkg: string): Promise<readonly Release[]> } {
  // By commit, not by tag: `changeset tag` puts the tags of one release of many packages on one
  // commit, which is then loaded once.
  const byCommit = new Map<string, Promise<Dictionary | undefined>>();
  const byPackage = new Map<string, Promise<Release[]>>();
  const load = (commit: string) => {
    let p = byCommit.get(commit);
    if (!p) byCommit.set(commit, (p = loadDictionaryFromGit(repoDir, commit, subdir, options).then((r) => r.dictionary)));
    return p;
  };
  let allTags: Promise<string[][]> | undefined;
  // Every tag with the commit it names (peeled for an annotated tag), in one git call for all
  // packages: a check asks for the releases of every package it judges.
  const tags = () =>
    (allTags ??= run('git', ['-C', repoDir, 'for-each-ref', 'refs/tags', '--format=%(refname:lstrip=2) %(*objectname) %(objectname)'], { maxBuffer: 64 * 1024 * 1024 })
      .catch(() => ({ stdout: '' }))
      .then(({ stdout }) =>
        stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' ')),
      ));
  return {
    forPackage(pkg) {
      let p = byPackage.get(pkg);
      if (!p) {
        p = (async () => {
          const mine = (await tags()).filter(([tag]) => tag!.startsWith(`${pkg}@`)).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
          const releases: Release[] = [];
          for (const [tag, peeled, object] of mine) {
            const dictionary = await load(peeled || object!);
            if (dictionary) releases.push({ tag: tag!, dictionary });
          }
          return releases;
        })();
        byPackage.set(pkg, p);
      }
      return p;
    },
  };
}
