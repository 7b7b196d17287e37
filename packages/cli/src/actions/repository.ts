import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { CliError } from '../errors.js';

/** The git repository holding a dictionary folder, and the folder's path inside it. */
export function repositoryOf(dictionaryDir: string): { readonly repoDir: string; readonly dictionarySubdir: string } {
  let repoDir: string;
  try {
    repoDir = execFileSync('git', ['-C', dictionaryDir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new CliError(`${dictionaryDir} is not inside a git repository: the base of a check is read from git`);
  }
  return { repoDir, dictionarySubdir: relative(repoDir, dictionaryDir).split('\\').join('/') || '.' };
}
