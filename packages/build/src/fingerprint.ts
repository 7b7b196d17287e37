import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The workspace packages whose code decides what the build generates. */
const OWN_PACKAGES = ['@ndd/generator-kit', '@ndd/generator-types', '@ndd/generator-validators', '@ndd/generator-openapi', '@ndd/registry'];
/** The libraries they generate with: their versions count. */
const LIBRARIES = ['ajv', 'json-schema-to-typescript', 'ts-morph', 'recheck'];

/** Compiled test support inside a package's dist/. */
const TEST_SUPPORT = /(^|[\\/])testing[\\/]/;

let memo: Promise<string> | undefined;

/**
 * A hash of the code that generates the packages: the compiled JavaScript of the generators and
 * of the registry, and the versions of the libraries they use. It is part of every cache key
 * and of every file version in the output stamps, so that a change of generator code is never
 * answered from the cache or mistaken for an unchanged file, even when nobody bumped a
 * generator version constant.
 */
export function generatorFingerprint(): Promise<string> {
  return (memo ??= compute());
}

async function compute(): Promise<string> {
  // Every file is read at once (hundreds of them: one after the other, each waited for, took
  // ~50 ms of a rebuild), then hashed in a fixed order.
  const packages = await Promise.all(
    OWN_PACKAGES.map(async (name) => {
      // The package's entry point is `<package>/dist/index.js`; hash every .js file of that
      // folder but test support (`testing/`), which generates nothing: editing a test helper must
      // not throw the whole cache away.
      const dist = dirname(require.resolve(name));
      const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js') && !TEST_SUPPORT.test(f)).sort();
      return { name, files, contents: await Promise.all(files.map((file) => readFile(join(dist, file)))) };
    }),
  );
  const versions = await Promise.all(
    LIBRARIES.map((name) =>
      readFile(require.resolve(`${name}/package.json`), 'utf8').then(
        (text) => (JSON.parse(text) as { version?: string }).version ?? '?',
        () => '?',
      ),
    ),
  );
  const hash = createHash('sha256');
  for (const { name, files, contents } of packages) {
    hash.update(`${name}\0${files.length}\0`);
    files.forEach((file, i) => hash.update(`${file}\0`).update(contents[i]!).update('\0'));
  }
  LIBRARIES.forEach((name, i) => hash.update(`${name}@${versions[i]!}\0`));
  return hash.digest('hex').slice(0, 32);
}
