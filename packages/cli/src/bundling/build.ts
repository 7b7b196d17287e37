/**
 * Builds the bundle of the CLI (see manifest.cts) with esbuild: `dist/main.js` and what it imports
 * — yargs, @ndd/diagnostics, @ndd/compat, ajv — as ONE CommonJS file, so that run.cts can hand V8
 * its code cache (which Node 20 offers for scripts, not for ES modules). Left outside, resolved
 * from `node_modules` at run time: the dictionary packages (@ndd/registry, @ndd/check,
 * @ndd/build: large, and only for the commands that never run from the bundle), and modules
 * @ndd/compat loads only on rare paths (refa for patterns that are not fixed-length, momoa to
 * locate a JSON syntax error).
 *
 * Each file is read by this module (stat, read, stat again) so that the manifest records the
 * size and time of exactly the content bundled. The bundle goes to a new directory, and the
 * manifest is replaced last, atomically: a process that is running an older bundle keeps its
 * files (the last few are kept). A first run on a small pair then writes its code cache
 * (train.ts).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { manifestPath, type BundleInput, type BundleManifest, type PackedManifest } from './manifest.cjs';
import { trainCodeCache } from './train.js';

/** Packages left to Node's resolution (see above). */
const EXTERNAL = ['@ndd/registry', '@ndd/check', '@ndd/build', 'refa', '@humanwhocodes/momoa'];

/** The bundle's one file. */
const ENTRY = 'main.cjs';

/** How many bundle directories are kept (the current one and those before it). */
const KEEP = 3;

/**
 * The line by which @ndd/compat makes a CommonJS `require` for ajv and its precompiled
 * meta-validator. Removed in the bundle, so that esbuild sees those `require` calls and bundles
 * their targets (each evaluated on first call, as before); what stays external gets Node's own
 * `require`.
 */
const LOCAL_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;
/**
 * string-width (through yargs' help layout) makes, when it is loaded, an `Intl.Segmenter` (which
 * loads ICU's break data) and the `\p{RGI_Emoji}` expression (a large set of strings): ~15 ms of
 * every `ndd compat`, which never lays out help. In the bundle both are made on first use. A
 * version written otherwise is bundled as it is (and only slower to load).
 */
const LAZY_IN_STRING_WIDTH: readonly (readonly [RegExp, string])[] = [
  [/^const segmenter = new Intl\.Segmenter\(\);$/m, 'let segmenterMade; const segmenter = { segment: (text) => (segmenterMade ??= new Intl.Segmenter()).segment(text) };'],
  [/^const rgiEmojiRegex = (\/\^\\p\{RGI_Emoji\}\$\/v);$/m, 'let rgiEmojiMade; const rgiEmojiRegex = { test: (text) => (rgiEmojiMade ??= $1).test(text) };'],
];

/** A module's text with what {@link LAZY_IN_STRING_WIDTH} defers made on first use (other modules as they are). */
export function deferInitialisers(path: string, text: string): string {
  if (!/[\\/]string-width[\\/]index\.js$/.test(path)) return text;
  let out = text;
  for (const [eager, lazy] of LAZY_IN_STRING_WIDTH) out = out.replace(eager, lazy);
  return out;
}

/** What `import.meta.url` becomes in the CommonJS bundle: the bundle file's own URL. */
const BANNER = "var __nddImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * Runs esbuild on `dist/main.js` into `outfile`, reading every module through `read` (with the
 * rewrites above), `external` left to Node's resolution.
 */
async function bundleCli(cliRoot: string, outfile: string, external: readonly string[], read: (path: string) => string): Promise<void> {
  const esbuild = await import('esbuild');
  const version = (JSON.parse(read(join(cliRoot, 'package.json'))) as { version?: unknown }).version;
  await esbuild.build({
    entryPoints: [join(cliRoot, 'dist', 'main.js')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: [...external],
    banner: { js: BANNER },
    define: {
      'import.meta.url': '__nddImportMetaUrl',
      // cliVersion() reads package.json next to dist/: the bundle lives deeper, so it is told.
      NDD_CLI_VERSION: JSON.stringify(typeof version === 'string' ? version : '0.0.0'),
    },
    logLevel: 'silent',
    plugins: [
      {
        name: 'ndd-recorded-inputs',
        setup(build) {
          build.onLoad({ filter: /\.(c|m)?js$|\.json$/ }, (args) => {
            let text = read(args.path);
            if (/[\\/]compat[\\/]dist[\\/]/.test(args.path) && text.includes('createRequire(import.meta.url)')) {
              if (!LOCAL_REQUIRE.test(text)) throw new Error(`${args.path}: createRequire is not used in the one form the bundle rewrites`);
              text = text.replace(LOCAL_REQUIRE, '');
            }
            text = deferInitialisers(args.path, text);
            return { contents: text, loader: args.path.endsWith('.json') ? 'json' : 'js' };
          });
        },
      },
    ],
  });
}

/** Builds the bundle for the CLI package at `cliRoot` and makes it current. Throws on failure. */
export async function buildBundle(cliRoot: string): Promise<BundleManifest> {
  const bundles = join(cliRoot, 'dist', 'bundle');
  const dir = `b-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const inputs = new Map<string, BundleInput>();
  const record = (path: string): string => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = statSync(path);
      const text = readFileSync(path, 'utf8');
      const after = statSync(path);
      if (before.size === after.size && before.mtimeMs === after.mtimeMs && Buffer.byteLength(text) === after.size) {
        inputs.set(path, { path: relative(cliRoot, path), size: after.size, mtimeMs: after.mtimeMs });
        return text;
      }
    }
    throw new Error(`${path} kept changing while the bundle was built`);
  };
  await bundleCli(cliRoot, join(bundles, dir, ENTRY), EXTERNAL, record);
  // The bundle itself is recorded too: it runs only while it is the file esbuild wrote, which
  // is what lets its code cache go by a plain name (run.cts).
  const output = join(bundles, dir, ENTRY);
  const written = statSync(output);
  inputs.set(output, { path: relative(cliRoot, output), size: written.size, mtimeMs: written.mtimeMs });
  const manifest: BundleManifest = { dir, entry: ENTRY, inputs: [...inputs.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) };
  const target = manifestPath(cliRoot);
  const temp = `${target}.${dir}`;
  writeFileSync(temp, `${JSON.stringify(manifest)}\n`);
  renameSync(temp, target);
  prune(bundles, dir);
  trainCodeCache(cliRoot);
  return manifest;
}

/**
 * The packed bundle's externals: only the dictionary packages, dependencies of @ndd/cli itself.
 * refa and momoa are bundled: they are @ndd/compat's dependencies, which npm may install where
 * the CLI's own resolution does not look.
 */
const PACKED_EXTERNAL = ['@ndd/registry', '@ndd/check', '@ndd/build'];

/**
 * Builds `dist/packed/`, the bundle an installed package runs (manifest.cts, packedBundle), with
 * its manifest and a code cache trained on this Node (another Node rejects it, and the first run
 * there writes its own where it may). Run by `prepack`: `postpack` removes it again
 * ({@link removePackedBundle}), so a checkout never holds a packed bundle older than its `dist/`.
 */
export async function buildPackedBundle(cliRoot: string): Promise<PackedManifest> {
  const packed = join(cliRoot, 'dist', 'packed');
  const temp = `${packed}.${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  await bundleCli(cliRoot, join(temp, ENTRY), PACKED_EXTERNAL, (path) => readFileSync(path, 'utf8'));
  const version = (JSON.parse(readFileSync(join(cliRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const manifest: PackedManifest = { version, entry: ENTRY, size: statSync(join(temp, ENTRY)).size };
  writeFileSync(join(temp, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  removePackedBundle(cliRoot);
  renameSync(temp, packed);
  trainCodeCache(cliRoot, join(packed, ENTRY));
  if (!readdirSync(packed).includes(`${ENTRY}.cache`)) throw new Error(`the packed bundle did not run: no code cache in ${packed}`);
  return manifest;
}

/** Removes `dist/packed/` (after `npm pack`). */
export function removePackedBundle(cliRoot: string): void {
  rmSync(join(cliRoot, 'dist', 'packed'), { recursive: true, force: true });
}

/** Removes bundle directories but the newest few (their names start with their build time). */
function prune(bundles: string, current: string): void {
  const dirs = readdirSync(bundles, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('b-') && d.name !== current)
    .map((d) => d.name)
    .sort((a, b) => statSync(join(bundles, b)).mtimeMs - statSync(join(bundles, a)).mtimeMs);
  for (const old of dirs.slice(KEEP - 1)) rmSync(join(bundles, old), { recursive: true, force: true });
}

/**
 * Rebuilds the bundle unless another process is at it (a lock file younger than two minutes).
 * Best effort: returns false, and throws nothing, when esbuild is missing or the build fails.
 */
export async function refreshBundle(cliRoot: string): Promise<boolean> {
  const lock = join(cliRoot, 'dist', 'bundle.lock');
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < 120_000) return false;
      rmSync(lock, { force: true });
      fd = openSync(lock, 'wx');
    } catch {
      return false;
    }
  }
  try {
    await buildBundle(cliRoot);
    return true;
  } catch {
    return false;
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}
