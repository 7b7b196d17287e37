/**
 * The parts of ajv's code generator the generator builds its keywords with. ajv ships them as
 * CommonJS with `exports.default`; imported from ESM, that `default` is a property of the
 * module object (and TypeScript types it as the module), hence the explicit types below.
 */
import * as codegen from 'ajv/dist/compile/codegen/index.js';
import * as namesModule from 'ajv/dist/compile/names.js';
import * as refModule from 'ajv/dist/vocabularies/core/ref.js';
import * as codeModule from 'ajv/dist/vocabularies/code.js';
import * as utilModule from 'ajv/dist/compile/util.js';
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as standaloneModule from 'ajv/dist/standalone/index.js';
import type { CodeKeywordDefinition, Ajv2020 } from 'ajv/dist/2020.js';

/** ajv's `exports.default`, whether the ESM loader put it at `.default` or `.default.default`. */
function cjsDefault<T>(module: object): T {
  const outer = (module as { default?: unknown }).default as { default?: unknown } | undefined;
  const value = outer && typeof outer === 'object' && 'default' in outer ? outer.default : outer;
  if (value === undefined) throw new Error('ajv module without a default export');
  return value as T;
}

export const { _, Name, stringify, nil, ValueScope } = codegen;
export type Code = codegen.Code;
/** ajv's reserved names in generated code (`vErrors`, `errors`, `this`…). */
export const N: Readonly<Record<'vErrors' | 'errors' | 'this' | 'data' | 'instancePath', codegen.Name>> = cjsDefault(namesModule);
export const nativeRef: CodeKeywordDefinition = cjsDefault(refModule);
export const { callValidateCode } = codeModule;
export const { useFunc } = utilModule;
export const ajvEqual: ((a: unknown, b: unknown) => boolean) & { code: string } = cjsDefault(equalModule);
export const standaloneCode: (ajv: Ajv2020, validate: (...args: never[]) => unknown) => string = cjsDefault(standaloneModule);
