/**
 * The OpenAPI generator as it was before documents were assembled from cached component text:
 * each document built as one object and serialised whole. Kept, for tests only, as the oracle
 * that the spliced documents must equal byte for byte.
 */
import { compareDiagnostics, type Diagnostic } from '@ndd/diagnostics';
import type { GeneratorOutput } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord } from '@ndd/registry';
import { DIAGNOSTIC_KINDS } from '../codes.js';
import { infoObject, type OpenApiVersion } from '../document/info.js';
import { danglingRefs, resolve } from '../document/refs.js';
import { JSON_SCHEMA_DIALECT, OPENAPI_30_FILE, OPENAPI_31_FILE } from '../generate.js';
import { serialize, type MutableJson, type MutableObject } from '../json.js';
import { planComponents } from '../plan/plan.js';
import { dedupe, Reporter } from '../report.js';
import { component31, type InnerRef } from '../v31/component.js';
import { downConvert } from '../v30/convert.js';

/** Both documents of `domain`, generated from scratch as whole objects (the former generator). */
export function referenceOpenApi(dictionary: Dictionary, domain: DomainRecord, version: string, packageDir: string): GeneratorOutput {
  const diagnostics: Diagnostic[] = [];
  const local = new Reporter(diagnostics, true);
  const silent = new Reporter([], false);
  const reporterFor = (domainName: string): Reporter => (domainName === domain.name ? local : silent);
  const plan = planComponents(dictionary, domain, (record) => reporterFor(record.domain));
  const packageOf = (name: string): string => dictionary.domains.get(name)?.package ?? name;

  const innerRefs: InnerRef[] = [];
  const schemas31: MutableObject = {};
  const schemas30: MutableObject = {};
  for (const component of plan.components) {
    const reporter = reporterFor(component.record.domain);
    const schema = component31(component, { plan, reporter, innerRefs, packageOf });
    schemas31[component.name] = schema;
    schemas30[component.name] = downConvert(schema, component.pointer, { record: component.record, reporter });
  }

  const doc31 = document(dictionary, domain, '3.1.0', version, packageDir, schemas31);
  const doc30 = document(dictionary, domain, '3.0.3', version, packageDir, schemas30);
  for (const [doc, file] of [[doc31, OPENAPI_31_FILE], [doc30, OPENAPI_30_FILE]] as const) {
    checkRefs(doc, file, innerRefs, local, diagnostics);
  }
  return {
    files: [
      { path: OPENAPI_31_FILE, contents: serialize(doc31) },
      { path: OPENAPI_30_FILE, contents: serialize(doc30) },
    ],
    diagnostics: dedupe(diagnostics).sort(compareDiagnostics),
  };
}

function document(dictionary: Dictionary, domain: DomainRecord, openapi: OpenApiVersion, version: string, packageDir: string, schemas: MutableObject): MutableObject {
  const file = `${packageDir}${openapi === '3.1.0' ? OPENAPI_31_FILE : OPENAPI_30_FILE}`;
  const doc: MutableObject = { openapi, info: infoObject(dictionary, domain, openapi, version, file) };
  if (openapi === '3.1.0') doc['jsonSchemaDialect'] = JSON_SCHEMA_DIALECT;
  doc['paths'] = {};
  doc['components'] = { schemas };
  return doc;
}

/**
 * Checks that every reference resolves. A reference into the middle of a component may not
 * survive the 3.0 rewrites (say, into a `prefixItems` entry): it is reported at its source. Any
 * other dangling reference would be a bug of this generator, reported as such.
 */
function checkRefs(doc: MutableJson, file: string, innerRefs: readonly InnerRef[], reporter: Reporter, diagnostics: Diagnostic[]): void {
  const inner = new Set(innerRefs.map((r) => r.ref));
  for (const r of innerRefs) {
    if (resolve(doc, r.ref) === undefined) {
      reporter.report(r.record, 'openapi-dangling-ref', `${r.pointer}/$ref`, `In ${file}, "$ref" ${JSON.stringify(r.ref)} no longer resolves: the conversion restructured the schema it points into.`, {
        hint: 'Move the target under $defs so it becomes a component of its own.',
      });
    }
  }
  for (const d of danglingRefs(doc)) {
    if (inner.has(d.ref)) continue;
    diagnostics.push({
      code: 'openapi-dangling-ref',
      severity: DIAGNOSTIC_KINDS['openapi-dangling-ref'].severity,
      message: `In ${file}, "$ref" ${JSON.stringify(d.ref)} at ${d.at} does not resolve: a bug of the OpenAPI generator.`,
      data: { document: file, pointer: d.at },
    });
  }
}

