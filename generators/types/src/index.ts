/**
 * @ndd/generator-types: TypeScript types from the dictionary. Built on json-schema-to-typescript
 * (the type emitter) and ts-morph (AST post-pass), with ndd's own preparation where they are
 * wrong: one declaration per `$id`, imported everywhere else; tuples for `prefixItems`;
 * `unevaluatedProperties`; `readonly`; TSDoc from both labels; code tables.
 * @packageDocumentation
 */
export { generateTypes, generateTypesForSchema } from './generate-types.js';
export { typesIndexFiles } from './index-files.js';
export { prepare, defTypeName } from './prepare.js';
