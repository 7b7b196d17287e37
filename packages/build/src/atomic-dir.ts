import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '@ndd/generator-kit';
import { faultPoint } from './fault.js';

const NEXT = '.next-';
const PREVIOUS = '.previous-';

/**
 * Replaces directory `target` by a new one holding exactly `files`, so that an interrupted build
 * never leaves a half-written output:
 *
 * 1. write everything into a sibling `<target>.next-<pid>` (the long part; a crash here leaves
 *    `target` untouched and only a stray `.next-` folder, removed by the next build);
 * 2. rename `target` to `<target>.previous-<pid>`, rename the new folder to `target`;
 * 3. remove the previous folder.
 *
 * Files listed in `unchanged` (same path and bytes as in the current `target`) are hard-linked
 * from it into the new folder instead of being written again.
 *
 * Between the two renames of step 2 (microseconds) `target` is briefly absent; a crash exactly
 * there leaves the previous output as `.previous-`, which {@link recoverDirectory} (run at the
 * start of every build) puts back. Node has no atomic directory exchange (renameat2), and npm
 * pack does not follow a symlinked folder, so a symlink swap is not an option.
 */
export async function replaceDirectory(target: string, files: readonly GeneratedFile[], unchanged: ReadonlySet<string> = new Set()): Promise<void> {
  await recoverDirectory(target);
  const next = `${target}${NEXT}${process.pid}`;
  await rm(next, { recursive: true, force: true });
  const folders = new Set(files.map((f) => dirname(join(next, f.path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  // Bounded parallelism: thousands of small files, two cores.
  const queue = [...files];
  let written = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let f = queue.pop(); f; f = queue.pop()) {
        // A file identical to the one in the current output is hard-linked, not written again:
        // a rebuild after one change then costs little more than what changed.
        const reused = unchanged.has(f.path) && (await link(join(target, f.path), join(next, f.path)).then(() => true, () => false));
        if (!reused) await writeFile(join(next, f.path), f.contents);
        if (++written === Math.ceil(files.length / 2)) faultPoint('mid-write');
      }
    }),
  );
  const previous = `${target}${PREVIOUS}${process.pid}`;
  let moved = false;
  try {
    await rename(target, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  faultPoint('between-renames');
  await rename(next, target);
  if (moved) await rm(previous, { recursive: true, force: true });
}

/**
 * Undoes what an interrupted {@link replaceDirectory} left: restores a `.previous-` folder when
 * `target` is missing, and removes stray `.next-` and `.previous-` folders.
 */
export async function recoverDirectory(target: string): Promise<void> {
  const parent = dirname(target);
  const base = target.slice(parent.length + 1);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const previous = entries.filter((e) => e.startsWith(`${base}${PREVIOUS}`)).sort();
  const targetExists = entries.includes(base);
  if (!targetExists && previous.length > 0) {
    await rename(join(parent, previous.pop()!), target);
  }
  for (const stray of entries.filter((e) => e.startsWith(`${base}${NEXT}`) || e.startsWith(`${base}${PREVIOUS}`))) {
    if (stray !== base) await rm(join(parent, stray), { recursive: true, force: true });
  }
}
