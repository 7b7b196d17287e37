import { serialize, type MutableObject } from '../json.js';
import { refTokens, valueAtTokens } from './refs.js';

/**
 * Stands for `components.schemas` while the rest of a document is serialised. A NUL cannot be
 * written raw in JSON, so its escaped form appears only where this value was put; it is looked
 * for from the end, and `components` is the document's last member.
 */
const SLOT = '\u0000ndd:components.schemas\u0000';

/** A component as spliced into a document: its name and its serialised schema (indented for its depth). */
export type ComponentEntry = readonly [name: string, text: string];

/**
 * The text of a document whose `components.schemas` are the given entries, in their order:
 * `head` (every other member, with `components` last) is serialised, and the components' text is
 * spliced in where their object goes. Byte for byte what serialising the whole document gives.
 */
export function assembleDocument(head: MutableObject, entries: readonly ComponentEntry[]): string {
  const text = serialize({ ...head, components: { schemas: SLOT } });
  const slot = JSON.stringify(SLOT);
  const at = text.lastIndexOf(slot);
  const schemas = entries.length === 0 ? '{}' : `{\n${entries.map(([name, body]) => `      ${JSON.stringify(name)}: ${body}`).join(',\n')}\n    }`;
  return `${text.slice(0, at)}${schemas}${text.slice(at + slot.length)}`;
}

/**
 * Whether local `$ref`s resolve in an assembled document, answered without parsing it: a ref to
 * a component needs only its name; one into a component parses that component's text (once);
 * anything else parses the whole document (once). Same answers as `resolve` on the parsed document.
 */
export class AssembledRefs {
  readonly #texts: ReadonlyMap<string, string>;
  readonly #document: () => string;
  readonly #parsed = new Map<string, unknown>();
  #whole: unknown;

  /** @param entries The document's components. @param document Its text, if it must be parsed. */
  constructor(entries: readonly ComponentEntry[], document: () => string) {
    this.#texts = new Map(entries);
    this.#document = document;
  }

  /** Whether `ref` points at something in the document. */
  resolves(ref: string): boolean {
    const tokens = refTokens(ref);
    if (tokens === undefined) return false;
    if (tokens.length >= 3 && tokens[0] === 'components' && tokens[1] === 'schemas') {
      const name = tokens[2]!;
      const text = this.#texts.get(name);
      if (text === undefined) return false;
      if (tokens.length === 3) return true;
      let schema = this.#parsed.get(name);
      if (schema === undefined) this.#parsed.set(name, (schema = JSON.parse(text) as unknown));
      return valueAtTokens(schema, tokens.slice(3)) !== undefined;
    }
    this.#whole ??= JSON.parse(this.#document()) as unknown;
    return valueAtTokens(this.#whole, tokens) !== undefined;
  }
}
