import { Ajv2020 } from 'ajv/dist/2020.js';
import { _, standaloneCode, ValueScope } from './ajv-internals.js';
import { supportedFormats } from './formats.js';
import { enumKeyword, refKeyword, type KeywordContext } from './keywords.js';

/** What varies, per module, in how ajv compiles it. */
export interface CompileSettings {
  /** All-errors mode (`allErrors`) rather than first-error. */
  readonly allErrors: boolean;
  /** ajv's `ownProperties` checks (a property name is also a member of `Object.prototype`). */
  readonly ownProperties: boolean;
  /** Run-time evaluation tracking (`unevaluated*`, `$dynamicRef`). */
  readonly dynamic: boolean;
}

/** An Ajv kept for reuse, and the keyword context of the module it is compiling. */
interface Instance {
  readonly ajv: Ajv2020;
  /** The options ajv made its value scope with, to make a fresh one for each module. */
  readonly scopeOptions: ConstructorParameters<typeof ValueScope>[0];
  context: KeywordContext | undefined;
}

/** One instance per error mode, per thread (ajv's options decide the mode). */
const instances = new Map<boolean, Instance>();

/**
 * Compiles one stripped schema to ajv standalone code, with ndd's `$ref` and `enum` keywords
 * reading `context`.
 *
 * Constructing an Ajv (meta-schemas, vocabularies, rules) cost more than compiling a typical
 * schema, so one Ajv per mode is kept and reused. Nothing of one module may leak into the
 * next, or the output would depend on the order schemas are compiled in:
 * - the value scope (where ajv numbers `validate0`, `pattern1`, `func2`… and keeps their
 *   values) is replaced by a fresh one before each compile, so names start from 0 as with a new
 *   Ajv;
 * - the schema is never registered (`addUsedSchema: false`; it is removed from ajv's cache
 *   afterwards), and nothing else is ever added: cross-schema `$ref`s are imports, made by
 *   {@link refKeyword};
 * - the options that vary per module are set before each compile; ajv reads them only while
 *   compiling.
 * Compiling is synchronous and never re-entered, so one current context per instance is enough.
 */
export function compileStandalone(schema: Record<string, unknown>, settings: CompileSettings, context: KeywordContext): string {
  const instance = instanceFor(settings.allErrors);
  const { ajv } = instance;
  if (instance.context) throw new Error('compileStandalone is not re-entrant');
  const options = ajv.opts as { ownProperties?: boolean; unevaluated?: boolean; dynamicRef?: boolean };
  options.ownProperties = settings.ownProperties;
  // Ajv2020 forces run-time evaluation tracking (`unevaluated*`, `$dynamicRef`) on: it costs a
  // property read and an object per call, and a top-level assignment that defeats tree
  // shaking. Off unless this schema uses those keywords.
  options.unevaluated = settings.dynamic;
  options.dynamicRef = settings.dynamic;
  (ajv as { scope: Ajv2020['scope'] }).scope = new ValueScope({ ...instance.scopeOptions, scope: {} });
  instance.context = context;
  try {
    return standaloneCode(ajv, ajv.compile(schema));
  } finally {
    instance.context = undefined;
    ajv.removeSchema(schema);
  }
}

/**
 * ajv hands the code it generated to this hook, then to `new Function`, and keeps the function
 * it gets; standalone code is made from the generated text (`validate.source`), never from that
 * function, and nothing calls it. So the function body is replaced by an empty one: V8 no longer
 * parses every validator once more at build time (a tenth of compile time), and no code made from
 * a dictionary schema ever runs in the build.
 */
function NEVER_RUN(): string {
  return 'return function validate() { throw new Error("ndd: a build-time ajv validator was called"); };';
}

function instanceFor(allErrors: boolean): Instance {
  const known = instances.get(allErrors);
  if (known) return known;
  const ajv = new Ajv2020({
    strict: true,
    allErrors,
    messages: false,
    passContext: true,
    validateSchema: false,
    addUsedSchema: false,
    code: { source: true, esm: true, lines: true, formats: _`ndd_formats`, process: NEVER_RUN },
  });
  const scope = ajv.scope as unknown as { opts: ConstructorParameters<typeof ValueScope>[0] };
  const instance: Instance = { ajv, scopeOptions: { ...scope.opts }, context: undefined };
  const current = (): KeywordContext => {
    if (!instance.context) throw new Error('an ndd keyword ran outside compileStandalone');
    return instance.context;
  };
  for (const format of supportedFormats()) ajv.addFormat(format, () => true);
  ajv.removeKeyword('$ref');
  ajv.addKeyword(refKeyword(current));
  ajv.removeKeyword('enum');
  ajv.addKeyword(enumKeyword(current));
  instances.set(allErrors, instance);
  return instance;
}
