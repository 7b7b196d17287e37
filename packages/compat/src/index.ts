/**
 * @ndd/compat — the JSON Schema compatibility engine of ndd.
 *
 * Pure instance-set semantics (BACKWARD: L(old) ⊆ L(new); FORWARD: L(new) ⊆ L(old); FULL: both),
 * one rule per change kind, counterexamples verified with ajv, and the semver bump derived
 * from the verdict. See README.md and RULES.md.
 */
export { compareSchemas, deriveBump, directionsOf, referenceValidator, SchemaLoadError, type CompareOptions } from './compare.js';
export { compatFiles, type CompatFilesOptions, type CompatFilesResult, type OutputFormat } from './files.js';
export type { OracleOptions } from './oracle.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export type { CompatRule, RuleContext, Step } from './rule.js';
export type { Bump, Category, Change, CompatReport, Counterexample, Effect, Mode, RuleEffect } from './types.js';
