import { AJV_RUNTIME_IMPORTS } from '../runtime/ajv-helpers.js';
import { jsString } from '../safety/js-text.js';

/** ajv's standalone code made into a module body: ESM imports for its runtime helpers. */
export interface EsmBody {
  readonly body: string;
  /** Name of the root validator function (`validate10`). */
  readonly rawName: string;
}

const HEADER = /^"use strict";\nexport const validate = (validate\d+);\nexport default \1;\n/;
/** A scope constant that ajv fills with a CommonJS `require` (one per line with `lines: true`). */
const REQUIRE_LINE = /^const (\w+) = (require\("[^"\n]*"\)(?:\.default)?);$/gm;

/**
 * ajv's `/*# sourceURL="<$id>" *​/` line (emitted whenever `code.source` is on): dropped
 * whole, so that no `$id` text sits in a comment.
 */
const SOURCE_URL_LINE = /^\/\*# sourceURL=.*\*\/;?$/gm;
/** The root schema as a literal, which ajv always emits and only some keywords read. */
const SCHEMA_LINE = /^const (schema\d+) = (.*);$/gm;

/**
 * Rewrites ajv's `code: { esm: true }` output into real ESM. ajv still emits
 * `const func0 = require("ajv/dist/runtime/ucs2length").default;` for its helpers; each such
 * line becomes an alias of an imported name. The match is anchored to whole lines: ajv escapes
 * every string it emits (no raw line breaks, U+2028 escaped), so schema text cannot forge one.
 * Any `require` left is an error, never shipped.
 */
export function toEsm(standalone: string, importHelper: (helper: { file: string; name: string }) => string): EsmBody {
  const header = HEADER.exec(standalone);
  if (!header) throw new Error('ajv standalone output has an unexpected header');
  const rawName = header[1]!;
  let body = standalone.slice(header[0].length).replace(SOURCE_URL_LINE, '');
  // Drop a schema literal nothing reads (the whole stripped schema: 30 kB for the communes).
  // A schema literal that is read is re-emitted as `JSON.parse("…")`: in an object literal a
  // `"__proto__"` key sets the prototype instead of making a property.
  body = body.replace(SCHEMA_LINE, (_line, name: string, json: string) => (countWord(body, name) > 1 ? `const ${name} = JSON.parse(${jsString(json)});` : ''));
  body = body.replace(REQUIRE_LINE, (_line, local: string, call: string) => {
    const helper = AJV_RUNTIME_IMPORTS[call];
    if (!helper) throw new Error(`ajv standalone output requires ${call}, which has no ESM runtime module`);
    return `const ${local} = ${importHelper(helper)};`;
  });
  if (/sourceURL/.test(body.replace(/"(?:[^"\\\n]|\\.)*"/g, '""'))) throw new Error('ajv emitted a sourceURL comment that could not be removed');
  return { body: body.replace(/\n{3,}/g, '\n\n'), rawName };
}

function countWord(text: string, word: string): number {
  return text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
}
