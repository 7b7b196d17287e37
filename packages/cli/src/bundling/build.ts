/**
 * Builds the bundle of the CLI (see manifest.cts) with esbuild: `dist/main.js` and what it imports
 * — yargs, @ndd/diagnostics, @ndd/compat, @ndd/registry, @ndd/check, ajv — as ONE CommonJS file,
 * so that run.cts can hand V8 its code cache (which Node 20 offers for scripts, not for ES
 * modules). Left outside, resolved from `node_modules` at run time: @ndd/build (the generators,
 * json-schema-to-typescript, ts-morph: only for `ndd build`, which never runs from the bundle),
 * and modules @ndd/compat loads only on rare paths (refa for patterns that are not fixed-length,
 * momoa to locate a JSON syntax error; the packed bundle holds them, see PACKED_EXTERNAL).
 *
 * Our packages read files of their own beside their modules (the registry's meta-schemas, its
 * precompiled meta-validators, the reading cache's fingerprint of its code): in the bundle, each
 * of their modules keeps its own `import.meta.url` ({@link OWN_FILE_URL}, {@link INSTALLED_FILE_URL}),
 * so those reads find the files the unbundled module would. Other packages' modules see the bundle's URL.
 *
 * Each file is read by this module (stat, read, stat again) so that the manifest records the
 * size and time of exactly the content bundled. The bundle goes to a new directory, and the
 * manifest is replaced last, atomically: a process that is running an older bundle keeps its
 * files (the last few are kept). A comparison of a small pair and a check of a tiny dictionary
 * then write the code caches of `ndd compat` and `ndd check` (train.ts).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { manifestPath, type BundleInput, type BundleManifest, type PackedManifest } from './manifest.cjs';
import { cacheFileOf } from './run.cjs';
import { trainCodeCache } from './train.js';

/** Packages left to Node's resolution (see above). */
const EXTERNAL = ['@ndd/build', 'refa', '@humanwhocodes/momoa'];

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

/**
 * What `import.meta.url` becomes in the CommonJS bundle: the bundle file's own URL, but in our
 * own packages' modules (see {@link rewriteModuleUrl}). `__nddUrlOf(name, path)` is the URL of a file
 * of an installed package, found from the bundle as Node would find the package.
 */
const BANNER = [
  "var __nddImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  'var __nddUrlOf = (name, path) => {',
  "  const { dirname, join } = require('node:path');",
  "  const nameIn = (dir) => { try { return JSON.parse(require('node:fs').readFileSync(join(dir, 'package.json'), 'utf8')).name; } catch { return undefined; } };",
  '  let dir = dirname(require.resolve(name));',
  '  while (nameIn(dir) !== name && dirname(dir) !== dir) dir = dirname(dir);',
  "  return require('node:url').pathToFileURL(join(dir, path)).href;",
  '};',
].join('\n');

/** How a bundled module's `import.meta.url` is written: a file's own URL, or the package's file found at run time. */
type ModuleUrl = (path: string) => string | undefined;

/** In a checkout: the module's own file URL (the bundle runs only while that file is unchanged). */
const OWN_FILE_URL: ModuleUrl = (path) => (packageOf(path)?.name.startsWith('@ndd/') ? JSON.stringify(pathToFileURL(path).href) : undefined);

/** In a tarball: found beside the installed package at run time (where npm put it). */
const INSTALLED_FILE_URL: ModuleUrl = (path) => {
  const owner = packageOf(path);
  if (owner === undefined || !owner.name.startsWith('@ndd/')) return undefined;
  return `__nddUrlOf(${JSON.stringify(owner.name)}, ${JSON.stringify(relative(owner.root, path).split(sep).join('/'))})`;
};

const owners = new Map<string, { readonly name: string; readonly root: string } | undefined>();
/** The package a module belongs to: the nearest package.json with a name, above it. */
function packageOf(path: string): { readonly name: string; readonly root: string } | undefined {
  const dir = dirname(path);
  if (owners.has(dir)) return owners.get(dir);
  let owner: { readonly name: string; readonly root: string } | undefined;
  try {
    const name = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name;
    owner = typeof name === 'string' ? { name, root: dir } : undefined;
  } catch {
    owner = undefined;
  }
  if (owner === undefined && dirname(dir) !== dir) owner = packageOf(dir);
  owners.set(dir, owner);
  return owner;
}

/**
 * `import.meta.url` in a module's text rewritten as `moduleUrl` says (where it says anything).
 * Our modules use it only as an expression (a string literal naming it would be rewritten too;
 * none does, and the bundle tests compare every bundled command with the unbundled CLI).
 */
function rewriteModuleUrl(path: string, text: string, moduleUrl: ModuleUrl): string {
  if (!text.includes('import.meta.url')) return text;
  const url = moduleUrl(path);
  return url === undefined ? text : text.replace(/\bimport\.meta\.url\b/g, url);
}

/**
 * Runs esbuild on `dist/main.js` into `outfile`, reading every module through `read` (with the
 * rewrites above), `external` left to Node's resolution. Returns the CLI version bundled.
 */
async function bundleCli(cliRoot: string, outfile: string, external: readonly string[], read: (path: string) => string, moduleUrl: ModuleUrl): Promise<string> {
  const esbuild = await import('esbuild');
  const declared = (JSON.parse(read(join(cliRoot, 'package.json'))) as { version?: unknown }).version;
  const version = typeof declared === 'string' ? declared : '0.0.0';
  await esbuild.build({
    entryPoints: [join(cliRoot, 'dist', 'main.js')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: [...external],
    // ES module builds first where a package offers one (jsonc-parser's `main` is a UMD build
    // whose `require` calls esbuild cannot follow); packages with an `exports` map are not affected.
    mainFields: ['module', 'main'],
    banner: { js: BANNER },
    define: {
      'import.meta.url': '__nddImportMetaUrl',
      // cliVersion() reads package.json next to dist/: the bundle lives deeper, so it is told.
      NDD_CLI_VERSION: JSON.stringify(version),
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
            text = rewriteModuleUrl(args.path, deferInitialisers(args.path, text), moduleUrl);
            return { contents: text, loader: args.path.endsWith('.json') ? 'json' : 'js' };
          });
        },
      },
    ],
  });
  return version;
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
  await bundleCli(cliRoot, join(bundles, dir, ENTRY), EXTERNAL, record, OWN_FILE_URL);
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
 * The packed bundle's externals: only @ndd/build, a dependency of @ndd/cli itself. refa and momoa
 * are bundled: they are @ndd/compat's dependencies, which npm may install where the CLI's own
 * resolution does not look.
 */
const PACKED_EXTERNAL = ['@ndd/build'];

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
  const version = await bundleCli(cliRoot, join(temp, ENTRY), PACKED_EXTERNAL, (path) => readFileSync(path, 'utf8'), INSTALLED_FILE_URL);
  const manifest: PackedManifest = { version, entry: ENTRY, size: statSync(join(temp, ENTRY)).size };
  writeFileSync(join(temp, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  removePackedBundle(cliRoot);
  renameSync(temp, packed);
  trainCodeCache(cliRoot, join(packed, ENTRY));
  if (!existsSync(cacheFileOf(join(packed, ENTRY), 'compat'))) throw new Error(`the packed bundle did not run: no code cache in ${packed}`);
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
