/**
 * The naive build that the "build" bench section compares ndd with (issue 4): what a team without
 * ndd would write with the same two libraries, json-schema-to-typescript and ajv standalone.
 *
 * Exactly what it does:
 *  1. Finds every `*.schema.json` under the dictionary folder (sorted), reads and parses each.
 *  2. Types: for each file, `compile(schema, Name, options)` from json-schema-to-typescript, one
 *     call a file, with a `$refOptions` resolver that serves every `https://schemas.ndd.gov.vn/…`
 *     `$ref` from the files already read (no network), so json-schema-to-typescript inlines every
 *     cross-file reference into the file that uses it (its documented behaviour). Options are the
 *     defaults except `format: false` (no prettier: the same cheap choice ndd makes, so the ratio
 *     measures the architecture, not the formatter), `bannerComment: ''`, `unknownAny: true`.
 *  3. Validators: ONE `Ajv2020` instance (strict off, ajv-formats and ndd's custom formats added,
 *     ndd's metadata keywords added as a vocabulary), every schema added with `addSchema` (the
 *     custom `$schema` dialect stripped, as the validation bench does), then for each file
 *     `standaloneCode(ajv, ajv.getSchema(id))` with `code: { source: true, esm: true }`: each
 *     standalone module carries its own copy of every validator it references (ajv's standalone
 *     behaviour).
 *  4. Writes `types/<path>.d.ts` and `validators/<path>.js` for each file under the out folder.
 * No cache, no dependency graph: after any change it rebuilds everything (it cannot know which
 * files inlined the changed one). It generates no OpenAPI, no package manifests, no code tables,
 * no bilingual errors: it does less than ndd's build.
 *
 * A time budget stops it between files; the result says how many files were done.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const BASE = 'https://schemas.ndd.gov.vn/';

/**
 * @param {{ dictionaryDir: string, outDir: string, budgetMs?: number }} options
 * @returns {Promise<{ files: number, done: number, stopped: boolean, typesBytes: number, validatorsBytes: number, failures: number, firstFailure?: string }>}
 */
export async function naiveBuild({ dictionaryDir, outDir, budgetMs = Infinity }) {
  const started = performance.now();
  const { compile } = await import('json-schema-to-typescript');
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const standaloneCode = (await import('ajv/dist/standalone/index.js')).default;
  const { _ } = await import('ajv/dist/compile/codegen/index.js');
  const addFormats = (await import('ajv-formats')).default;
  const { formats: nddFormats } = await import('@ndd/formats');
  const { NDD_KEYWORDS } = await import('@ndd/registry');

  const paths = (await readdir(dictionaryDir, { recursive: true })).filter((p) => p.endsWith('.schema.json')).sort();
  const schemas = [];
  const byId = new Map();
  for (const path of paths) {
    const text = await readFile(join(dictionaryDir, path), 'utf8');
    const schema = JSON.parse(text);
    schemas.push({ path, schema });
    if (typeof schema.$id === 'string') byId.set(schema.$id, text);
  }

  const ajv = new Ajv2020({ strict: false, code: { source: true, esm: true, formats: _`require("@ndd/formats").formats` } });
  addFormats(ajv);
  for (const [name, check] of Object.entries(nddFormats)) ajv.addFormat(name, check);
  ajv.addVocabulary([...NDD_KEYWORDS]);
  for (const { schema } of schemas) {
    const { $schema: _dialect, ...rest } = schema;
    ajv.addSchema(rest, schema.$id);
  }

  const refOptions = {
    resolve: {
      ndd: {
        order: 1,
        canRead: (file) => file.url.startsWith(BASE),
        read: (file) => {
          const text = byId.get(file.url.replace(/#.*$/, ''));
          if (text === undefined) throw new Error(`unknown $ref ${file.url}`);
          return text;
        },
      },
      http: false,
    },
  };

  let done = 0;
  let typesBytes = 0;
  let validatorsBytes = 0;
  let failures = 0;
  let firstFailure;
  for (const { path, schema } of schemas) {
    if (performance.now() - started > budgetMs) break;
    const modulePath = path.replace(/\.schema\.json$/, '');
    const name = typeName(modulePath);
    let dts = '';
    let js = '';
    try {
      const { $schema: _dialect, ...input } = schema;
      dts = await compile(structuredClone(input), name, { bannerComment: '', format: false, unknownAny: true, cwd: dictionaryDir, $refOptions: refOptions });
      js = standaloneCode(ajv, ajv.getSchema(schema.$id));
    } catch (error) {
      failures++;
      firstFailure ??= `${path}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
    }
    await writeOut(join(outDir, 'types', `${modulePath}.d.ts`), dts);
    await writeOut(join(outDir, 'validators', `${modulePath}.js`), js);
    typesBytes += Buffer.byteLength(dts);
    validatorsBytes += Buffer.byteLength(js);
    done++;
  }
  return { files: schemas.length, done, stopped: done < schemas.length, typesBytes, validatorsBytes, failures, ...(firstFailure && { firstFailure }) };
}

async function writeOut(file, contents) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, contents);
}

/** `core/person/v1` → `CorePersonV1`: a unique, readable type name from the path. */
function typeName(modulePath) {
  return relative('.', modulePath)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
