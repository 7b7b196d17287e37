import type { ComponentStore, ComponentText } from '@ndd/generator-openapi';
import type { ContentCache } from './cache.js';

/** The cache namespace of OpenAPI components. */
export const COMPONENTS_NAMESPACE = 'openapi-components';

/** The files an entry is stored as: each version's body, and the rest as JSON. */
const TEXT_31 = '3.1';
const TEXT_30 = '3.0';
const FACTS = 'facts.json';

/**
 * The OpenAPI generator's component store, kept in the build cache: a document whose domain
 * changed is assembled from the components it held last time, and only the edited file's
 * components are converted again. Components are stored once however many documents bundle
 * them (their key does not depend on the document), and what is read back is remembered for the
 * rest of the build, so a component bundled by thirteen documents is read once.
 */
export class CachedComponents implements ComponentStore {
  readonly salt: string;
  readonly #cache: ContentCache;
  /** Components read back this build (a document converted after another bundling them gets them without a read). */
  readonly #memo = new Map<string, ComponentText>();
  /** Keys stored this build: the cache holds their text until it is flushed, so it is not kept twice here. */
  readonly #stored = new Set<string>();

  constructor(cache: ContentCache, salt: string) {
    this.#cache = cache;
    this.salt = salt;
  }

  /** Reads the namespace's index, which {@link lookup} needs (it reads synchronously). */
  async prepare(): Promise<this> {
    await this.#cache.load(COMPONENTS_NAMESPACE);
    return this;
  }

  lookup(keys: readonly string[]): ReadonlyMap<string, ComponentText> {
    const found = new Map<string, ComponentText>();
    for (const key of keys) {
      let text = this.#memo.get(key);
      if (!text) {
        // Bodies stay bytes: documents splice them in without decoding them.
        const files = this.#cache.bytesSync(COMPONENTS_NAMESPACE, key);
        text = files && fromFiles(files);
        if (text) this.#memo.set(key, text);
      }
      if (text) found.set(key, text);
    }
    this.#cache.count(COMPONENTS_NAMESPACE, 'hits', found.size);
    return found;
  }

  /** Keeps what a generation converted (on this thread or a worker). */
  async remember(generated: readonly (readonly [string, ComponentText])[]): Promise<void> {
    for (const [key, text] of generated) {
      this.#cache.count(COMPONENTS_NAMESPACE, 'misses');
      if (this.#stored.has(key) || this.#memo.has(key)) continue;
      this.#stored.add(key);
      const { text31, text30, ...facts } = text;
      await this.#cache.put(COMPONENTS_NAMESPACE, key, null, [
        { path: TEXT_31, contents: text31 },
        { path: TEXT_30, contents: text30 },
        { path: FACTS, contents: JSON.stringify(facts) },
      ]);
    }
  }
}

/** A component from its stored files; undefined when they are not what {@link CachedComponents.remember} stores. */
function fromFiles(files: readonly { readonly path: string; readonly bytes: Buffer }[]): ComponentText | undefined {
  const byPath = new Map(files.map((f) => [f.path, f.bytes]));
  const text31 = byPath.get(TEXT_31);
  const text30 = byPath.get(TEXT_30);
  const facts = byPath.get(FACTS);
  if (text31 === undefined || text30 === undefined || facts === undefined) return undefined;
  try {
    return { text31, text30, ...(JSON.parse(facts.toString('utf8')) as Omit<ComponentText, 'text31' | 'text30'>) };
  } catch {
    return undefined;
  }
}
