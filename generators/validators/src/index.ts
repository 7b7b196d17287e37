/**
 * @ndd/generator-validators: precompiled, pure-ESM validators with bilingual errors, generated
 * from the dictionary. See {@link generateValidators}.
 * @packageDocumentation
 */
export { generateValidators } from './generate.js';
export { compileModule, type ErrorMode, type CompiledModule, type ModuleRequest } from './compile/module.js';
export { checkPattern, type PatternVerdict } from './safety/redos.js';
export { supportedFormats } from './compile/formats.js';
export { measureBytes, naiveStandalone, type ByteReport } from './measure.js';
