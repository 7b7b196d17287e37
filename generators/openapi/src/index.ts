/**
 * @ndd/generator-openapi: the dictionary as OpenAPI components, in OpenAPI 3.1 and, by a real
 * down-conversion, OpenAPI 3.0.3; what cannot be said in 3.0 is reported, never dropped silently.
 * @packageDocumentation
 */
export { generateOpenApi, openApiGenerator, OPENAPI_31_FILE, OPENAPI_30_FILE, JSON_SCHEMA_DIALECT, type OpenApiOptions } from './generate.js';
export { openApiInputDomains, openApiInputIds } from './plan/plan.js';
export { DIAGNOSTIC_KINDS, type DiagnosticCode, type DiagnosticKind } from './codes.js';
export { KEPT_EXTENSIONS, DROPPED_EXTENSIONS } from './v31/extensions.js';
export { generateOpenApiDocuments, openApiDocumentBytes, type OpenApiOutput, type OpenApiBytesOutput, type OpenApiDocumentBytes } from './generate.js';
export type { ComponentBody, ComponentStore, ComponentText } from './components.js';
