/** Reading a schema file: clear messages with file, line and column, never a stack trace. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Json } from './json.js';

// The position-aware parser is only needed to locate a syntax error: loaded then, not always.
const require = createRequire(import.meta.url);
type Momoa = { parse(text: string): unknown; evaluate(node: unknown): unknown };

/** A load failure: what to tell the user. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** Reads and parses a JSON file. */
export function loadJsonFile(file: string): Json {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(file, `${file}: cannot read the file${code ? ` (${code})` : ''}`);
  }
  return parseJsonText(text.replace(/^\uFEFF/, ''), file);
}

/** Parses JSON text, reporting the position of a syntax error. */
export function parseJsonText(text: string, file: string): Json {
  // JSON.parse is many times faster, and makes "__proto__" a plain key; the position-aware
  // parser only runs to say where the text is broken.
  try {
    return JSON.parse(text) as Json;
  } catch {
    // fall through for the line and column
  }
  try {
    const { evaluate, parse } = require('@humanwhocodes/momoa') as Momoa;
    return evaluate(parse(text)) as Json;
  } catch (e) {
    const err = e as { line?: number; column?: number; message?: string };
    const where = err.line !== undefined ? `:${err.line}:${err.column ?? 0}` : '';
    const msg = (err.message ?? 'invalid JSON').replace(/\s*\(\d+:\d+\)$/, '');
    throw new LoadError(file, `${file}${where}: invalid JSON: ${msg}`, err.line, err.column);
  }
}
