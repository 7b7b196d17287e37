import { compareDiagnostics, type Diagnostic } from '@ndd/diagnostics';
import type { Generator, GeneratorOutput } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord } from '@ndd/registry';
import { DIAGNOSTIC_KINDS } from './codes.js';
import { componentKeys, renderComponent, type ComponentStore, type ComponentText } from './components.js';
import { AssembledRefs, assembleDocument, bodyText } from './document/assemble.js';
import { infoObject, type OpenApiVersion } from './document/info.js';
import { componentPointer } from './document/refs.js';
import type { MutableObject } from './json.js';
import { planComponents, type PlannedComponent } from './plan/plan.js';
import { dedupe, Reporter } from './report.js';

/** The files each domain package gets. */
export const OPENAPI_31_FILE = 'openapi.json';
export const OPENAPI_30_FILE = 'openapi-3.0.json';

/** The dialect of the 3.1 document's schemas: OpenAPI's own default, stated so no tool guesses. */
export const JSON_SCHEMA_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/base';

/** Options of the OpenAPI generator. */
export interface OpenApiOptions {
  /**
   * `info.version` of both documents: the domain package's version, which only the build knows
   * (changesets bump it). Without it the documents say `unreleased`, never a made-up number.
   */
  readonly version?: string;
  /**
   * Where the writer puts the two files inside the package, with a trailing `/` (`dist/`), or
   * `''` for the package root (the default). OpenAPI tools resolve a `$ref` by file path, not
   * through the package's `exports` map, so the reference shown in `info.description`
   * (`./node_modules/@ndd/core/<packageDir>openapi.json#/components/schemas/…`) must name the
   * real location.
   */
  readonly packageDir?: string;
  /**
   * Components converted before (the build's cache): those whose key is found are spliced in
   * as stored, not converted again. The output does not depend on it.
   */
  readonly components?: ComponentStore;
}

/** What {@link generateOpenApiDocuments} gives: the files and findings, and the components it converted. */
export interface OpenApiOutput extends GeneratorOutput {
  /** Components converted by this call (not found in the store), by key; empty without a store. */
  readonly generated: ReadonlyMap<string, ComponentText>;
  /** The key of every component of the documents, without repeats; empty without a store. */
  readonly componentKeys: readonly string[];
}

/** A document as {@link openApiDocumentBytes} gives it: its UTF-8 bytes. */
export interface OpenApiDocumentBytes {
  readonly path: string;
  /** A plain Uint8Array once it has crossed threads. */
  readonly bytes: Uint8Array;
}

/** {@link OpenApiOutput} with the documents as bytes. */
export interface OpenApiBytesOutput extends Omit<OpenApiOutput, 'files'> {
  readonly files: readonly OpenApiDocumentBytes[];
}

/**
 * Makes the OpenAPI generator: for a domain package, `openapi.json` (OpenAPI 3.1.0) and
 * `openapi-3.0.json` (OpenAPI 3.0.3, down-converted), each holding every schema of the domain
 * under `components.schemas`, self-contained (schemas of other domains they use are bundled).
 */
export function openApiGenerator(options: OpenApiOptions = {}): Generator {
  return (dictionary, domain) => generateOpenApiDocuments(dictionary, domain, options);
}

/** The OpenAPI generator with `info.version: unreleased`; the build uses `openApiGenerator({ version })`. */
export const generateOpenApi: Generator = openApiGenerator();

/**
 * Both OpenAPI documents of `domain`, as text: {@link openApiDocumentBytes}, decoded.
 */
export function generateOpenApiDocuments(dictionary: Dictionary, domain: DomainRecord, options: OpenApiOptions = {}): OpenApiOutput {
  const out = openApiDocumentBytes(dictionary, domain, options);
  return { ...out, files: out.files.map((f) => ({ path: f.path, contents: bodyText(f.bytes) })) };
}

/**
 * Both OpenAPI documents of `domain`, as the UTF-8 bytes the build writes. Each component is
 * converted (or taken from `options.components`) once for both versions and serialised on its
 * own; a document is its head with the components' bodies spliced in, so a document whose
 * components are all stored costs copying their bytes, and an edit costs the conversion of the
 * edited file's components.
 */
export function openApiDocumentBytes(dictionary: Dictionary, domain: DomainRecord, options: OpenApiOptions = {}): OpenApiBytesOutput {
  const version = options.version ?? 'unreleased';
  const packageDir = options.packageDir ?? '';
  const diagnostics: Diagnostic[] = [];
  const local = new Reporter(diagnostics, true);
  const silent = new Reporter([], false);
  const plan = planComponents(dictionary, domain, (record) => (record.domain === domain.name ? local : silent));
  const inputs = { plan, packageOf: (name: string): string => dictionary.domains.get(name)?.package ?? name };

  const store = options.components;
  const keys = store ? componentKeys(store.salt, plan.components, inputs) : [];
  const stored = store ? store.lookup(keys) : new Map<string, ComponentText>();
  const generated = new Map<string, ComponentText>();
  const texts = plan.components.map((component, i) => {
    const key = keys[i];
    const known = key === undefined ? undefined : (stored.get(key) ?? generated.get(key));
    if (known) return known;
    const text = renderComponent(component, inputs);
    if (key !== undefined) generated.set(key, text);
    return text;
  });
  // In plan order, as converting them one after the other reported them.
  for (const text of texts) diagnostics.push(...text.diagnostics);

  const files: OpenApiDocumentBytes[] = [];
  for (const openapi of ['3.1.0', '3.0.3'] as const) {
    const file = openapi === '3.1.0' ? OPENAPI_31_FILE : OPENAPI_30_FILE;
    const entries = plan.components.map((c, i) => [c.name, openapi === '3.1.0' ? texts[i]!.text31 : texts[i]!.text30] as const);
    const bytes = assembleDocument(head(dictionary, domain, openapi, version, `${packageDir}${file}`), entries);
    checkRefs(file, new AssembledRefs(entries, () => bytes.toString('utf8')), plan.components, texts, openapi, local, diagnostics);
    files.push({ path: file, bytes });
  }
  return { files, diagnostics: dedupe(diagnostics).sort(compareDiagnostics), generated, componentKeys: [...new Set(keys)] };
}

/** A document without its components (`components` is added last by the assembly). */
function head(dictionary: Dictionary, domain: DomainRecord, openapi: OpenApiVersion, version: string, file: string): MutableObject {
  const doc: MutableObject = { openapi, info: infoObject(dictionary, domain, openapi, version, file) };
  if (openapi === '3.1.0') doc['jsonSchemaDialect'] = JSON_SCHEMA_DIALECT;
  doc['paths'] = {};
  return doc;
}

/**
 * Checks that every reference resolves. A reference into the middle of a component may not
 * survive the 3.0 rewrites (say, into a `prefixItems` entry): it is reported at its source. Any
 * other dangling reference would be a bug of this generator, reported as such.
 */
function checkRefs(
  file: string,
  refs: AssembledRefs,
  components: readonly PlannedComponent[],
  texts: readonly ComponentText[],
  openapi: OpenApiVersion,
  reporter: Reporter,
  diagnostics: Diagnostic[],
): void {
  const inner = new Set<string>();
  for (const [i, text] of texts.entries()) {
    for (const [pointer, ref] of text.innerRefs) {
      inner.add(ref);
      if (refs.resolves(ref)) continue;
      reporter.report(components[i]!.record, 'openapi-dangling-ref', `${pointer}/$ref`, `In ${file}, "$ref" ${JSON.stringify(ref)} no longer resolves: the conversion restructured the schema it points into.`, {
        hint: 'Move the target under $defs so it becomes a component of its own.',
      });
    }
  }
  for (const [i, text] of texts.entries()) {
    for (const [at, ref] of openapi === '3.1.0' ? text.refs31 : text.refs30) {
      if (inner.has(ref) || refs.resolves(ref)) continue;
      diagnostics.push({
        code: 'openapi-dangling-ref',
        severity: DIAGNOSTIC_KINDS['openapi-dangling-ref'].severity,
        message: `In ${file}, "$ref" ${JSON.stringify(ref)} at ${componentPointer(components[i]!.name)}${at} does not resolve: a bug of the OpenAPI generator.`,
        data: { document: file, pointer: `${componentPointer(components[i]!.name)}${at}` },
      });
    }
  }
}

