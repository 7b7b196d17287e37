import { exportNames } from '@ndd/generator-kit';
import type { Dictionary, DomainRecord, SchemaRecord } from '@ndd/registry';
import type { Reporter } from '../report.js';
import { defComponentName, foreignComponentName } from './component-names.js';

/** One component of a generated document and where its schema comes from. */
export interface PlannedComponent {
  readonly name: string;
  readonly record: SchemaRecord;
  /** JSON pointer of the schema inside `record`'s file: `''` for the root, `/$defs/Address` for a def. */
  readonly pointer: string;
  /** True when the schema belongs to the domain being generated; false when bundled from another. */
  readonly local: boolean;
}

/** Where a `$ref` lands once schemas are components. */
export interface RefTarget {
  /** The `$ref` value to write: `#/components/schemas/Person`, maybe followed by a pointer. */
  readonly ref: string;
  /** Pointer left after the component (`''` when the ref lands exactly on a component). */
  readonly rest: string;
}

/** Every component of one domain's documents, and how references map onto them. */
export interface ComponentPlan {
  /** Components in name order (code-unit order, so the same on every machine). */
  readonly components: readonly PlannedComponent[];
  /** The component `$ref` for a resolved reference target, if the target is in the plan. */
  targetOf(targetId: string, targetPointer: string): RefTarget | undefined;
}

/**
 * Plans the components of `domain`: each of its schemas under its shared export name, each
 * `$defs` entry lifted to a component of its own, and every schema of another domain that they
 * reach through `$ref` (transitively) bundled under a `domain.Name` name.
 */
export function planComponents(dictionary: Dictionary, domain: DomainRecord, reporter: (record: SchemaRecord) => Reporter): ComponentPlan {
  const names = namesOf(dictionary);
  const records = closure(dictionary, domain);
  const taken = new Map<string, PlannedComponent>();
  const byRecord = new Map<string, PlannedComponent[]>();

  const add = (record: SchemaRecord, pointer: string, wanted: string): string => {
    let name = wanted;
    const clash = taken.get(name);
    if (clash) {
      for (let n = 2; taken.has(name); n++) name = `${wanted}_${n}`;
      reporter(record).report(record, 'openapi-component-name-collision', pointer, `Component name "${wanted}" is already used by ${describe(clash)}; this one is named "${name}".`, {
        hint: 'Rename one of the two $defs entries (names that differ only in characters outside A-Z, a-z, 0-9, _ and - collide).',
      });
    }
    const component: PlannedComponent = { name, record, pointer, local: record.domain === domain.name };
    taken.set(name, component);
    byRecord.set(record.id, [...(byRecord.get(record.id) ?? []), component]);
    return name;
  };

  for (const record of records) {
    const base = names.get(record.id) ?? record.name;
    const rootName = add(record, '', record.domain === domain.name ? base : foreignComponentName(record.domain, base));
    // Defs are found in document order; a def inside a def is named after its enclosing def.
    const owners = new Map<string, string>([['', rootName]]);
    for (const def of record.definitions) {
      const owner = owners.get(enclosingOwner(owners, def.parent)) ?? rootName;
      owners.set(def.pointer, add(record, def.pointer, defComponentName(owner, def.name)));
    }
  }

  const components = [...taken.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    components,
    targetOf(targetId, targetPointer) {
      let best: PlannedComponent | undefined;
      for (const c of byRecord.get(targetId) ?? []) {
        if (isPrefix(c.pointer, targetPointer) && (!best || c.pointer.length > best.pointer.length)) best = c;
      }
      if (!best) return undefined;
      const rest = targetPointer.slice(best.pointer.length);
      return { ref: `#/components/schemas/${best.name}${encodeFragment(rest)}`, rest };
    },
  };
}

/**
 * The `$id`s whose content a domain's OpenAPI documents depend on, for a content-hash cache key
 * (plus the dictionary configuration): every schema of the domain, and every schema of each
 * other domain it bundles from, since component names depend on the names of a whole domain.
 */
export function openApiInputIds(dictionary: Dictionary, domain: DomainRecord): string[] {
  const domains = new Set(openApiInputDomains(dictionary, domain));
  return [...dictionary.schemas.values()].filter((r) => domains.has(r.domain)).map((r) => r.id);
}

/**
 * The domains whose schemas {@link openApiInputIds} lists, sorted: a cache key can hash each
 * domain's schemas once for every document that depends on it.
 */
export function openApiInputDomains(dictionary: Dictionary, domain: DomainRecord): string[] {
  return [...new Set(closure(dictionary, domain).map((r) => r.domain))].sort();
}

/**
 * Memo by model object: a build plans one document per domain, each bundling much of the
 * dictionary, and the model is frozen, so export names are found once.
 */
const namesMemo = new WeakMap<Dictionary, ReadonlyMap<string, string>>();

function namesOf(dictionary: Dictionary): ReadonlyMap<string, string> {
  let names = namesMemo.get(dictionary);
  if (!names) namesMemo.set(dictionary, (names = exportNames(dictionary)));
  return names;
}

/** The domain's schemas and, transitively, every schema of another domain they reference. */
function closure(dictionary: Dictionary, domain: DomainRecord): SchemaRecord[] {
  const seen = new Set<string>(domain.schemaIds);
  const queue = [...domain.schemaIds];
  while (queue.length > 0) {
    for (const target of dictionary.dependenciesOf(queue.pop()!)) {
      if (!seen.has(target) && dictionary.schemas.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort().map((id) => dictionary.schemas.get(id)!);
}

/** The pointer of the nearest enclosing def (or the root) of a pointer. */
function enclosingOwner(owners: ReadonlyMap<string, string>, pointer: string): string {
  let best = '';
  for (const p of owners.keys()) if (isPrefix(p, pointer) && p.length > best.length) best = p;
  return best;
}

/** Whether `prefix` is `pointer` or one of its ancestors (token-wise, not character-wise). */
function isPrefix(prefix: string, pointer: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** A JSON pointer written in a URI fragment: each token percent-encoded where a fragment needs it. */
function encodeFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => encodeURIComponent(token).replace(/%7E/gi, '~'))
    .join('/');
}

function describe(component: PlannedComponent): string {
  return `${component.record.file}${component.pointer === '' ? '' : `#${component.pointer}`}`;
}
