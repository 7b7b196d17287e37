/**
 * The bundle of the CLI and when it may run.
 *
 * `ndd compat` on two files spent most of a cold process loading modules: yargs, every module of
 * @ndd/compat (one per rule) and ajv's ~90 CommonJS files, each resolved, read and compiled apart
 * (~250 files; 300–500 ms of a ~750 ms run on this project's machines). So `dist/bundle/<id>/`
 * holds an esbuild bundle of `dist/main.js` in one file (build.ts), run with V8's code cache
 * (run.cts), and `dist/bundle/current.json` names it with every input file it was built from —
 * each with the size and modification time it had when esbuild read it. Measured on the bench
 * pair (two 500-property schemas): the bundle takes ~150–250 ms off a run, its code cache
 * ~60 ms more (see the figures in scripts/bench/compat.mjs).
 *
 * The bundle file itself is listed too, so that a bundle edited after its build does not run
 * (nor its code cache with it, see run.cts).
 *
 * A stale bundle is never run: `bin.cts` runs the bundle only when every input still has that size
 * and time (~250 `stat` calls, ~1–2 ms), and the unbundled `dist/` otherwise. After `tsc -b`
 * rewrites a module of the CLI, compat or diagnostics, or `npm install` changes ajv, the next
 * `ndd compat` runs unbundled and then rebuilds the bundle (when esbuild is installed, as in a
 * checkout), so the one after is fast again. An installed package (no esbuild, `dist/bundle`
 * not published) always runs `dist/`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** One input file, as esbuild read it. */
export interface BundleInput {
  /** Path relative to the CLI package's root. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** `dist/bundle/current.json`. */
export interface BundleManifest {
  /** Directory of this bundle under `dist/bundle/`. */
  readonly dir: string;
  /** The entry module, inside `dir`. */
  readonly entry: string;
  /** Every file the bundle was built from, and the bundle itself. */
  readonly inputs: readonly BundleInput[];
}

/** Where the manifest of the current bundle lives, for a CLI package root. */
export function manifestPath(cliRoot: string): string {
  return join(cliRoot, 'dist', 'bundle', 'current.json');
}

/**
 * The absolute path of the bundle's entry when the bundle is up to date with every file it was
 * built from, else undefined (no bundle, an unreadable manifest, an input changed or gone).
 */
export function freshBundle(cliRoot: string): string | undefined {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(cliRoot), 'utf8')) as BundleManifest;
  } catch {
    return undefined;
  }
  if (typeof manifest.dir !== 'string' || typeof manifest.entry !== 'string' || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return undefined;
  // Plain concatenation (the OS resolves the `..` of relative inputs): this runs before every
  // bundled command, ~250 times, in a process that has compiled nothing yet.
  const base = `${cliRoot}${sep}`;
  for (const input of manifest.inputs) {
    const stat = statSync(base + input.path, { throwIfNoEntry: false });
    if (stat === undefined || stat.size !== input.size || stat.mtimeMs !== input.mtimeMs) return undefined;
  }
  return join(cliRoot, 'dist', 'bundle', manifest.dir, manifest.entry);
}
