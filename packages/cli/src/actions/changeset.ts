import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ExitCode } from '@ndd/diagnostics';
import type { CliIo } from '../io.js';
import { locateDictionary } from '../locate.js';
import { printDiagnostics } from './report.js';
import { repositoryOf } from './repository.js';

/**
 * `ndd changeset --against <ref>`: runs the check and writes its changeset into the repository's
 * `.changeset/` folder (`npx changeset version` then bumps the packages and writes their
 * CHANGELOG.md). Refuses while the check has blocking findings: a changeset must not carry a
 * breaking change that keeps its major.
 */
export async function changeset(options: { readonly path: string | undefined; readonly against: string; readonly dryRun: boolean }, io: CliIo): Promise<ExitCode> {
  const { checkDictionary, changesetFor } = await import('@ndd/check');
  const dictionaryDir = locateDictionary(options.path, io.cwd);
  const { repoDir, dictionarySubdir } = repositoryOf(dictionaryDir);
  const result = await checkDictionary({ repoDir, against: options.against, dictionaryDir, dictionarySubdir, today: new Date().toISOString().slice(0, 10) });
  if (!result.ok) {
    io.stderr.write('ndd: the check has blocking findings; fix them (or waive them) before writing a changeset.\n');
    printDiagnostics(io, { diagnostics: result.diagnostics, sources: result.sources, root: dictionaryDir }, 'text');
    return result.diagnostics.some((d) => d.code === 'source-unreadable') ? ExitCode.UsageOrLoadError : ExitCode.Findings;
  }
  const file = changesetFor(result);
  if (!file) {
    io.stdout.write(`No package needs a release: nothing changed against ${options.against}.\n`);
    return ExitCode.Clean;
  }
  if (options.dryRun) {
    io.stdout.write(file.contents);
    return ExitCode.Clean;
  }
  await mkdir(join(repoDir, '.changeset'), { recursive: true });
  const path = join(repoDir, '.changeset', file.name);
  await writeFile(path, file.contents);
  io.stdout.write(`Wrote ${relative(io.cwd, path) || path}\n\n${file.contents}`);
  return ExitCode.Clean;
}
