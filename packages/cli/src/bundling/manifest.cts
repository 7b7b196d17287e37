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
 * ~60 ms more (see the figures in scripts/bench/compat.mjs). `ndd check` and the other
 * dictionary commands load @ndd/registry and @ndd/check on top; from the bundle, a check of the
 * bench's 5,000-schema dictionary takes ~200–300 ms less.
 *
 * The bundle file itself is listed too, so that a bundle edited after its build does not run
 * (nor its code cache with it, see run.cts).
 *
 * A stale bundle is never run: `bin.cts` runs the bundle only when every input still has that size
 * and time (~420 `stat` calls, ~2 ms), and the unbundled `dist/` otherwise. After `tsc -b`
 * rewrites a module of the CLI or of a package it bundles, or `npm install` changes ajv, the
 * next bundled command runs unbundled and then rebuilds the bundle (when esbuild is installed,
 * as in a checkout), so the one after is fast again. An installed package (no esbuild, `dist/bundle`
 * not published) runs the bundle `npm pack` put in its tarball instead ({@link packedBundle}).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
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
    return packedBundle(cliRoot);
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

/** `dist/packed/manifest.json`: what `npm pack` records of the bundle it ships. */
export interface PackedManifest {
  /** The CLI version the bundle was built for. */
  readonly version: string;
  /** The entry module, in `dist/packed/`. */
  readonly entry: string;
  /** The entry's size in bytes. */
  readonly size: number;
}

/** Where the manifest of the packed bundle lives, for a CLI package root. */
export function packedManifestPath(cliRoot: string): string {
  return join(cliRoot, 'dist', 'packed', 'manifest.json');
}

/**
 * The absolute path of the bundle shipped in the package's tarball (build.ts makes it when
 * `npm pack` or `npm publish` runs `prepack`), when this is an installed package and the bundle
 * is the one made for this version; else undefined.
 *
 * An installed package cannot use the checkout's guard: it has no esbuild to rebuild with, and
 * npm sets every file's modification time on install. It needs none: its `dist/` is the tarball's
 * and is not rebuilt, and the packed bundle holds every module it runs but @ndd/build (for
 * `ndd build`, which never runs from a bundle). So it is trusted by what a tarball fixes:
 * the package version it was built for and its size. A checkout (with `src/`, which the tarball
 * leaves out) never trusts it: `tsc -b` rewrites `dist/` under it.
 */
export function packedBundle(cliRoot: string): string | undefined {
  if (existsSync(join(cliRoot, 'src'))) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(packedManifestPath(cliRoot), 'utf8')) as PackedManifest;
    const { version } = JSON.parse(readFileSync(join(cliRoot, 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof manifest.entry !== 'string' || manifest.version !== version) return undefined;
    const entry = join(cliRoot, 'dist', 'packed', manifest.entry);
    return statSync(entry).size === manifest.size ? entry : undefined;
  } catch {
    return undefined;
  }
}
