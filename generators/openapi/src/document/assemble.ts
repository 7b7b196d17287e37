import { serialize, type MutableObject } from '../json.js';
import type { ComponentBody } from '../components.js';
import { refTokens, valueAtTokens } from './refs.js';

/**
 * Stands for `components.schemas` while the rest of a document is serialised. A NUL cannot be
 * written raw in JSON, so its escaped form appears only where this value was put; it is looked
 * for from the end, and `components` is the document's last member.
 */
const SLOT = '\u0000ndd:components.schemas\u0000';

/** The start of a `$ref` to a component. */
const COMPONENT_REF = '#/components/schemas/';

/** A component as spliced into a document: its name and its serialised schema (indented for its depth). */
export type ComponentEntry = readonly [name: string, body: ComponentBody];

/**
 * The UTF-8 bytes of a document whose `components.schemas` are the given entries, in their
 * order: `head` (every other member, with `components` last) is serialised, and the components'
 * bodies are spliced in where their object goes. Byte for byte what serialising the whole
 * document gives. Bodies given as bytes (what the build's cache holds) are copied as they are:
 * a rebuild's documents are tens of megabytes of stored components, and decoding them to one
 * string only to encode it again cost most of a one-schema rebuild at 5,000 schemas.
 */
export function assembleDocument(head: MutableObject, entries: readonly ComponentEntry[]): Buffer {
  const text = serialize({ ...head, components: { schemas: SLOT } });
  const slot = JSON.stringify(SLOT);
  const at = text.lastIndexOf(slot);
  const pieces: ComponentBody[] = [text.slice(0, at)];
  if (entries.length === 0) pieces.push('{}');
  for (const [i, [name, body]] of entries.entries()) pieces.push(`${i === 0 ? '{\n' : ',\n'}      ${JSON.stringify(name)}: `, body);
  if (entries.length > 0) pieces.push('\n    }');
  pieces.push(text.slice(at + slot.length));
  return concatenate(pieces);
}

/** The pieces' UTF-8 bytes one after the other, written once into one buffer. */
function concatenate(pieces: readonly ComponentBody[]): Buffer {
  let total = 0;
  for (const p of pieces) total += typeof p === 'string' ? Buffer.byteLength(p) : p.byteLength;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (const p of pieces) {
    if (typeof p === 'string') at += out.write(p, at, 'utf8');
    else {
      out.set(p, at);
      at += p.byteLength;
    }
  }
  // Every byte of the unzeroed buffer is written: the lengths above are the bytes written.
  if (at !== total) throw new Error(`assembled ${at} bytes of ${total}`);
  return out;
}

/** A component body (or any UTF-8 bytes) as text. */
export function bodyText(body: ComponentBody): string {
  return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
}

/**
 * Whether local `$ref`s resolve in an assembled document, answered without parsing it: a ref to
 * a component needs only its name; one into a component parses that component's text (once);
 * anything else parses the whole document (once). Same answers as `resolve` on the parsed document.
 */
export class AssembledRefs {
  readonly #texts: ReadonlyMap<string, ComponentBody>;
  readonly #document: () => string;
  readonly #parsed = new Map<string, unknown>();
  /**
   * Answers by ref: a document's components share their references (thousands of them name
   * the same few components), and decoding each pointer again was a sixth of a rebuild's
   * OpenAPI time at 5,000 schemas.
   */
  readonly #answers = new Map<string, boolean>();
  #whole: unknown;

  /** @param entries The document's components. @param document Its text, if it must be parsed. */
  constructor(entries: readonly ComponentEntry[], document: () => string) {
    this.#texts = new Map(entries);
    this.#document = document;
  }

  /** Whether `ref` points at something in the document. */
  resolves(ref: string): boolean {
    let answer = this.#answers.get(ref);
    if (answer === undefined) this.#answers.set(ref, (answer = this.#resolves(ref)));
    return answer;
  }

  #resolves(ref: string): boolean {
    // A ref naming a component and nothing below it, with nothing to unescape or decode in the
    // name: looked up as it is (the common case; the same answer as the general path below).
    if (ref.startsWith(COMPONENT_REF) && !/[/~%]/.test(ref.slice(COMPONENT_REF.length))) return this.#texts.has(ref.slice(COMPONENT_REF.length));
    const tokens = refTokens(ref);
    if (tokens === undefined) return false;
    if (tokens.length >= 3 && tokens[0] === 'components' && tokens[1] === 'schemas') {
      const name = tokens[2]!;
      const text = this.#texts.get(name);
      if (text === undefined) return false;
      if (tokens.length === 3) return true;
      let schema = this.#parsed.get(name);
      if (schema === undefined) this.#parsed.set(name, (schema = JSON.parse(bodyText(text)) as unknown));
      return valueAtTokens(schema, tokens.slice(3)) !== undefined;
    }
    this.#whole ??= JSON.parse(this.#document()) as unknown;
    return valueAtTokens(this.#whole, tokens) !== undefined;
  }
}
