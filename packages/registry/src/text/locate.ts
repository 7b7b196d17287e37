import { parseTree, type Node } from 'jsonc-parser';
import type { SourceRange } from '../model.js';
import { LineIndex } from './line-index.js';
import { parsePointer } from './pointer.js';

/**
 * Finds source ranges of JSON pointers in one text. The tree is built on first use only:
 * positions are needed for diagnostics, not on the fast path of loading.
 */
export class Locator {
  readonly #text: string;
  #tree: Node | undefined | null = null;
  #lines: LineIndex | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The range of the value at `pointer`; for a missing node, the nearest existing ancestor's. */
  rangeOf(pointer: string): SourceRange | undefined {
    const found = this.#walk(pointer);
    return found ? this.#range(found.node) : undefined;
  }

  /** The range of the *key* of the member at `pointer` (to point at a keyword), else of the value. */
  keyRangeOf(pointer: string): SourceRange | undefined {
    const found = this.#walk(pointer);
    if (!found) return undefined;
    const parent = found.node.parent;
    const key = found.exact && parent?.type === 'property' ? parent.children?.[0] : undefined;
    return this.#range(key ?? found.node);
  }

  /** Whether the pointer names an existing node. */
  has(pointer: string): boolean {
    return this.#walk(pointer)?.exact === true;
  }

  #walk(pointer: string): { node: Node; exact: boolean } | undefined {
    if (this.#tree === null) this.#tree = parseTree(this.#text, [], { disallowComments: true }) ?? undefined;
    let node = this.#tree;
    const tokens = parsePointer(pointer);
    if (!node || !tokens) return undefined;
    for (const token of tokens) {
      const next = child(node, token);
      if (!next) return { node, exact: false };
      node = next;
    }
    return { node, exact: true };
  }

  #range(node: Node): SourceRange {
    this.#lines ??= new LineIndex(this.#text);
    return { start: this.#lines.positionAt(node.offset), end: this.#lines.positionAt(node.offset + node.length) };
  }
}

function child(node: Node, token: string): Node | undefined {
  if (node.type === 'array') {
    return /^(0|[1-9][0-9]*)$/.test(token) ? node.children?.[Number(token)] : undefined;
  }
  if (node.type !== 'object') return undefined;
  // The last duplicate wins, as in JSON.parse.
  let found: Node | undefined;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === token && value) found = value;
  }
  return found;
}
