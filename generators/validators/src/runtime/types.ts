/** `_runtime/types.d.ts`: the types every generated validator declares. */
export const TYPES_DTS = `/** A text in Vietnamese and English. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** One validation error: ajv's error object, with ndd's labels and a message. */
export interface ValidationError {
  /** JSON pointer of the offending value (for \`required\`, of the object missing the property). */
  instancePath: string;
  /** Absolute: the \`$id\` of the schema that failed, then the JSON pointer of the keyword. */
  schemaPath: string;
  /** The JSON Schema keyword that failed. */
  keyword: string;
  /** ajv's parameters of the keyword's error (\`missingProperty\`, \`limit\`, \`format\`…). */
  params: Record<string, any>;
  /** The message, in Vietnamese unless localised again (\`localize.en(errors)\`). */
  message: string;
  /** The dictionary's label of the offending node (\`title\`, \`x-title-en\`), when it has one. */
  label?: Bilingual;
  /** A format's own explanation (from @ndd/formats), for \`format\` errors. */
  detail?: Bilingual;
}

/** Options of one validation. */
export interface ValidateOptions {
  /**
   * Check code lists as they were on this day (YYYY-MM-DD): a code must be in force on that
   * date. Without it, any code the list has ever had is accepted.
   */
  readonly asOf?: string;
}

/** A precompiled validator: a type guard, whose errors are kept on the function. */
export interface ValidateFunction<T> {
  (data: unknown, options?: ValidateOptions): data is T;
  /** Errors of the last call that failed; \`null\` after a success. */
  errors?: ValidationError[] | null;
}

/** Sets each error's \`message\` in one language (ajv-i18n's shape). */
export type Localize = (errors: ValidationError[] | null | undefined) => void;
`;

/** `_runtime/localize/index.d.ts` and the `.d.ts` of each language module. */
export const LOCALIZE_INDEX_JS = `import { localize as vi } from "./vi.js";
import { localize as en } from "./en.js";

/** Localisers by language, as in ajv-i18n: \`localize.en(validatePerson.errors)\`. */
export const localize = Object.freeze({ vi, en });

/** One line per error: \`/pointer: message\`. */
export function errorsText(errors) {
  if (!(errors && errors.length)) return "";
  return errors.map((e) => (e.instancePath === "" ? "/" : e.instancePath) + ": " + e.message).join("\\n");
}
`;
export const LOCALIZE_INDEX_DTS = `import type { Localize, ValidationError } from "../types.js";
/** Localisers by language, as in ajv-i18n: \`localize.en(validatePerson.errors)\`. */
export declare const localize: Readonly<{ vi: Localize; en: Localize }>;
/** One line per error: \`/pointer: message\`. */
export declare function errorsText(errors: ValidationError[] | null | undefined): string;
`;
export const LOCALIZE_LANGUAGE_DTS = `import type { Localize } from "../types.js";
export declare const localize: Localize;
export default localize;
`;
