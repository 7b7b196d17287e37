import type { Bilingual, CodeEntry, Dictionary, LegalReference, SchemaMetadata, SchemaRecord } from '@ndd/registry';
import { CliError } from '../errors.js';
import { suggest } from './suggest.js';
import { shortName } from './vocabulary.js';

/** A schema linked from another: its `$id`, and its short name when it is in this dictionary. */
export interface SchemaLink {
  readonly id: string;
  readonly name?: string;
}

/** Everything `ndd show` tells about one schema. */
export interface SchemaView {
  readonly name: string;
  readonly id: string;
  readonly file: string;
  readonly domain: string;
  readonly label: Bilingual;
  readonly definition?: Bilingual;
  readonly metadata: SchemaMetadata;
  readonly codes?: { readonly count: number; readonly sample: readonly CodeEntry[] };
  /** Schemas this one references directly. */
  readonly references: readonly SchemaLink[];
  /** Schemas that reference this one directly. */
  readonly referencedBy: readonly SchemaLink[];
  /** Schemas that reach this one through any chain of references: who a change here can break. */
  readonly transitiveDependents: readonly SchemaLink[];
}

const CODE_SAMPLE = 10;

/** Finds a schema by `$id` or name and gathers its view; an unknown one is an error with suggestions. */
export function describeSchema(dictionary: Dictionary, idOrName: string): SchemaView {
  const schema = dictionary.find(idOrName);
  if (schema === undefined) {
    const candidates = [...dictionary.schemas.values()].flatMap((s) => [shortName(s), `${s.domain}/${s.name}`]);
    const close = suggest(idOrName, candidates);
    throw new CliError(`no schema '${idOrName}' in this dictionary${close.length > 0 ? `. Did you mean ${close.join(', ')}?` : ''}`);
  }
  const link = (id: string): SchemaLink => {
    const target = dictionary.schemas.get(id);
    return target === undefined ? { id } : { id, name: shortName(target) };
  };
  const definition = bilingualOf(schema.schema['description'], schema.schema['x-description-en']);
  return {
    name: shortName(schema),
    id: schema.id,
    file: schema.file,
    domain: schema.domain,
    label: { vi: schema.title, en: schema.titleEn },
    ...(definition !== undefined && { definition }),
    metadata: schema.metadata,
    ...(schema.metadata.kind === 'codelist' && { codes: { count: schema.codes.length, sample: schema.codes.slice(0, CODE_SAMPLE) } }),
    references: dictionary.dependenciesOf(schema.id).map(link),
    referencedBy: dictionary.dependentsOf(schema.id).map(link),
    transitiveDependents: dictionary.transitiveDependentsOf(schema.id).map(link),
  };
}

function bilingualOf(vi: unknown, en: unknown): Bilingual | undefined {
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

/** `ndd show` output: a readable card, or one JSON document. */
export function formatSchemaView(view: SchemaView, format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(view, null, 2)}\n`;
  const m = view.metadata;
  const out: string[] = [`${view.name}  ${view.label.vi} / ${view.label.en}`, ''];
  const field = (key: string, value: string) => out.push(`  ${key.padEnd(12)} ${value}`);
  field('$id', view.id);
  field('file', view.file);
  field('kind', `${m.kind}, layer ${m.layer}`);
  field('status', m.status);
  field('version', m.version);
  if (m.compatibility !== undefined) field('policy', m.compatibility);
  field('steward', both(m.steward.agency) + (m.steward.unit === undefined ? '' : ` (${both(m.steward.unit)})`));
  if (m.management?.sourceSystem !== undefined) field('source', both(m.management.sourceSystem));
  if (m.validFrom !== undefined || m.validTo !== undefined) field('valid', `${m.validFrom ?? '…'} to ${m.validTo ?? '…'}`);
  if (m.deprecated !== undefined) {
    field('deprecated', `since ${m.deprecated.since}${m.deprecated.successor === undefined ? '' : `, use ${m.deprecated.successor}`}: ${both(m.deprecated.reason)}`);
  }
  if (view.definition !== undefined) out.push('', '  definition', `    vi: ${view.definition.vi}`, `    en: ${view.definition.en}`);
  out.push('', '  legal basis');
  for (const ref of m.legalBasis) out.push(`    - ${legal(ref)}`);
  if (view.codes !== undefined) {
    out.push('', `  codes (${view.codes.count})`);
    for (const c of view.codes.sample) out.push(`    ${c.code}  ${c.vi} / ${c.en}${c.validTo === undefined ? '' : `  (until ${c.validTo})`}`);
    if (view.codes.count > view.codes.sample.length) out.push(`    … ${view.codes.count - view.codes.sample.length} more`);
  }
  section(out, 'references', view.references);
  section(out, 'referenced by', view.referencedBy);
  section(out, 'transitive dependents', view.transitiveDependents);
  return `${out.join('\n')}\n`;
}

function section(out: string[], title: string, links: readonly SchemaLink[]): void {
  out.push('', `  ${title} (${links.length})`);
  for (const l of links) out.push(`    ${l.name ?? l.id}`);
}

function both(text: Bilingual): string {
  return text.vi === text.en ? text.vi : `${text.vi} / ${text.en}`;
}

function legal(ref: LegalReference): string {
  const parts = [ref.document, ref.provision].filter((p) => p !== undefined).join(', ');
  const dates = ref.issued === undefined ? '' : ` (issued ${ref.issued})`;
  const doubt = ref.confidence === undefined || ref.confidence === 'certain' ? '' : ` [${ref.confidence}]`;
  return `${parts}: ${both(ref.title)}${dates}${doubt}`;
}
