import { createHash } from 'node:crypto';
import type { CheckResult } from './check.js';

/** A changeset file: its name (in `.changeset/`) and its Markdown. */
export interface ChangesetFile {
  readonly name: string;
  readonly contents: string;
}

/**
 * The changeset for a check: each package with the bump derived from its schemas' verdicts
 * (never guessed), and a summary a reviewer can read — which elements changed and how. Returns
 * undefined when no package needs a release. The name is a hash of the contents, so running it
 * twice for the same change writes the same file.
 */
export function changesetFor(result: CheckResult): ChangesetFile | undefined {
  const packages = result.packages.filter((p) => p.bump !== 'none');
  if (packages.length === 0) return undefined;
  const front = packages.map((p) => `${JSON.stringify(p.name)}: ${p.bump}`).join('\n');
  const lines: string[] = [];
  for (const s of result.schemas) {
    if (s.bump === 'none') continue;
    const name = s.id.replace(/^https:\/\/[^/]+\//, '');
    const version = s.version.before && s.version.after ? ` ${s.version.before} → ${s.version.after}` : s.version.after ? ` ${s.version.after}` : '';
    const what = s.change === 'added' ? 'new schema' : s.change === 'removed' ? 'removed' : s.change === 'dependency' ? `through a referenced schema: ${s.summary.join('; ')}` : s.summary.join('; ');
    const waived = s.breaking.filter((b) => b.waiver).map((b) => ` (breaking change waived: ${b.waiver!.reason}, approved by ${b.waiver!.approver} until ${b.waiver!.expires})`).join('');
    const impact = s.impact.length > 0 ? ` Reaches ${s.impact.length} dependent schema${s.impact.length === 1 ? '' : 's'}.` : '';
    lines.push(`- \`${name}\`${version} (${s.bump}): ${what}.${waived}${impact}`);
  }
  const contents = `---\n${front}\n---\n\nDictionary changes, derived by \`ndd check\` against \`${result.against}\`:\n\n${lines.join('\n')}\n`;
  const name = `ndd-${createHash('sha256').update(contents).digest('hex').slice(0, 10)}.md`;
  return { name, contents };
}
