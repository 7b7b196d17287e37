/**
 * @ndd/generator-validators: precompiled, pure-ESM validators with bilingual errors, generated
 * from the dictionary. See {@link generateValidators}.
 * @packageDocumentation
 */
export { generateValidators, validatorsForSchema, validatorsPackageFiles, blockedSchemas, type SchemaValidators } from './generate.js';
export type { IndexEntry } from './emit/index-file.js';
export { compileModule, type ErrorMode, type CompiledModule, type ModuleRequest } from './compile/module.js';
export { checkPattern, knownPatternVerdicts, rememberPatternVerdicts, RECHECK_SETTINGS, type PatternVerdict } from './safety/redos.js';
export { preflight, schemaPatterns } from './compile/preflight.js';
export { supportedFormats } from './compile/formats.js';
export { measureBytes, naiveStandalone, type ByteReport } from './measure.js';
