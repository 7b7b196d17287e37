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
 * Parses strict JSON (RFC 8259: no comments, no trailing commas) and reports duplicate keys,
 * which `JSON.parse` silently resolves to the last one.
 *
 * `JSON.parse` gives the value fast; jsonc-parser gives positions: for the error when the text
 * is not JSON, and for duplicate keys (its scanner visits every key once, without building a tree).
 */
export function parseJson(file: string, text: string): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { value: undefined, diagnostics: [syntaxError(file, text)] };
  }
  return { value, diagnostics: duplicateKeys(file, text) };
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
