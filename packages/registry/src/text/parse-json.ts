import type { Diagnostic } from '@ndd/diagnostics';
import { parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { LineIndex } from './line-index.js';
import { childPointer } from './pointer.js';

/** A parsed JSON document. */
export interface ParsedJson {
  /** The value; undefined when the text is not JSON. */
  readonly value: unknown;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas) into a deeply frozen value and
 * reports duplicate keys, which `JSON.parse` silently resolves to the last one.
 *
 * `JSON.parse` gives the value fast. Duplicate keys are found in two steps: the keys written in
 * the text are counted with one regular expression (exact for valid JSON, see
 * {@link countKeysInText}) and compared with the keys of the parsed value; only when the counts
 * differ does jsonc-parser's scanner visit the file to name each duplicate with its position.
 * jsonc-parser also gives the position of a syntax error.
 */
export function parseJson(file: string, text: string): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { value: undefined, diagnostics: [syntaxError(file, text)] };
  }
  const parsedKeys = freezeCountingKeys(value);
  const diagnostics = countKeysInText(text) === parsedKeys ? [] : duplicateKeys(file, text);
  return { value, diagnostics };
}

// Every string literal, with a flag for "followed by a colon" (then it is a key).
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/**
 * Counts the object keys written in a valid JSON text. Each match consumes one whole string
 * literal, so the next search starts outside any string, where the next `"` can only open the
 * next literal: the matches are exactly the text's string literals, and a literal followed by
 * `:` is exactly a key.
 */
export function countKeysInText(text: string): number {
  STRING_LITERAL.lastIndex = 0;
  let keys = 0;
  for (let m = STRING_LITERAL.exec(text); m; m = STRING_LITERAL.exec(text)) if (m[1] !== undefined) keys++;
  return keys;
}

/** Freezes a parsed value deeply (the model is immutable) and counts its object keys on the way. */
function freezeCountingKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  Object.freeze(value);
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) keys += freezeCountingKeys(item);
  } else {
    for (const key in value) keys += 1 + freezeCountingKeys((value as Record<string, unknown>)[key]);
  }
  return keys;
}

function syntaxError(file: string, text: string): Diagnostic {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const index = new LineIndex(text);
  const what = first ? describe(printParseErrorCode(first.error)) : 'the text is not valid JSON';
  const offset = first ? first.offset : text.length;
  return {
    code: 'invalid-json',
    severity: 'error',
    message: `Invalid JSON: ${what}.`,
    file,
    start: index.positionAt(offset),
    hint: 'Fix the JSON syntax (strict JSON: no comments, no trailing commas, double-quoted keys and strings).',
  };
}

function describe(code: string): string {
  const names: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing brace } was expected',
    CloseBracketExpected: 'a closing bracket ] was expected',
    EndOfFileExpected: 'end of file was expected (extra content after the value)',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string (control characters must be escaped)',
  };
  return names[code] ?? code;
}

function duplicateKeys(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen: Set<string>[] = [];
  let index: LineIndex | undefined;
  visit(text, {
    onObjectBegin: () => {
      seen.push(new Set());
    },
    onObjectEnd: () => {
      seen.pop();
    },
    onObjectProperty: (name, offset, _length, _line, _column, pathSupplier) => {
      const keys = seen[seen.length - 1];
      if (!keys) return;
      if (keys.has(name)) {
        index ??= new LineIndex(text);
        const parent = pathSupplier().reduce<string>((p, token) => childPointer(p, token), '');
        diagnostics.push({
          code: 'duplicate-key',
          severity: 'error',
          message: `Key "${name}" appears more than once in the same object; JSON readers keep only one of them.`,
          file,
          pointer: childPointer(parent, name),
          start: index.positionAt(offset),
          hint: 'Remove or rename one of the two keys.',
        });
      }
      keys.add(name);
    },
  });
  return diagnostics;
}
