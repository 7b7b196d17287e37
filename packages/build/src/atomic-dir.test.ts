/**
 * The staging folder beside an output holds the output before last; a rebuild brings it up to
 * date and swaps it in. Files it shares with the current output (hard links) must never be
 * written in place, or the current output would change under its readers and the stage's stamp
 * would lie; files of the stage alone are overwritten in place (their blocks reused).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareStage, replaceDirectory, type VersionedFile } from './atomic-dir.js';
import { stampText } from './stamp.js';

const work = mkdtempSync(join(tmpdir(), 'ndd-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function output(files: Record<string, string>): { files: VersionedFile[]; stamp: string } {
  const list = Object.entries(files).map(([path, text]) => ({ path, version: text, contents: () => text }));
  return { files: list, stamp: stampText('0', list) };
}

async function build(target: string, files: Record<string, string>): Promise<void> {
  const { files: list, stamp } = output(files);
  await replaceDirectory(target, list, stamp);
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('replaceDirectory', () => {
  it('overwrites only files of the stage alone in place, never one the output shares', async () => {
    const target = join(work, 'dist');
    const stage = `${target}.next-stage`;
    await build(target, { 'a.txt': 'a1', 'c/c.txt': 'c1' });
    expect(await prepareStage(target)).toBe(true);
    // a changes; c does not: after the swap, the stage (the output before last) shares c with dist.
    await build(target, { 'a.txt': 'a2', 'c/c.txt': 'c1' });
    expect(statSync(join(target, 'c/c.txt')).ino).toBe(statSync(join(stage, 'c/c.txt')).ino);
    const staleA = statSync(join(stage, 'a.txt'));
    expect(staleA.nlink).toBe(1);

    // Both change: the stage's a (its own) is rewritten in place, its c (shared) is replaced.
    await build(target, { 'a.txt': 'a3 longer', 'c/c.txt': 'c3' });
    expect(read(target, 'a.txt')).toBe('a3 longer');
    expect(read(target, 'c/c.txt')).toBe('c3');
    expect(statSync(join(target, 'a.txt')).ino).toBe(staleA.ino);
    // The output before last is intact, whatever was written meanwhile.
    expect(read(stage, 'a.txt')).toBe('a2');
    expect(read(stage, 'c/c.txt')).toBe('c1');

    // A shorter file written in place leaves no tail of the longer one.
    await build(target, { 'a.txt': 'a4', 'c/c.txt': 'c3' });
    await build(target, { 'a.txt': 'a5', 'c/c.txt': 'c3' });
    expect(read(target, 'a.txt')).toBe('a5');
    expect(read(stage, 'a.txt')).toBe('a4');
    expect(read(target, 'c/c.txt')).toBe('c3');
  });
});
