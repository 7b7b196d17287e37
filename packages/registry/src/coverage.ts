import type { Dictionary, JsonObject, SchemaKind } from './model.js';
import { walkSchema } from './walk.js';

/** How completely one domain is documented (issue 6: the goal is 100 % in every column). */
export interface DomainCoverage {
  readonly domain: string;
  readonly schemas: Readonly<Record<SchemaKind, number>>;
  /** Properties (data elements inside entities and elements), counted at every depth. */
  readonly properties: number;
  /** Shares from 0 to 1; `undefined` when nothing is counted in that column. */
  readonly labels: Share;
  readonly descriptions: Share;
  readonly examples: Share;
  readonly counterexamples: Share;
  readonly legalBasis: Share;
}

/** A share: how many of how many. */
export interface Share {
  readonly done: number;
  readonly of: number;
}

/**
 * Measures documentation coverage per domain:
 * - labels: schemas and properties with both `title` (vi) and `x-title-en`;
 * - descriptions: schemas and properties with both `description` and `x-description-en`;
 * - examples: schemas (not code lists, whose codes are their examples) and properties with an `examples` value;
 * - counter-examples: entities and elements with at least one `x-counterexamples` entry;
 * - legal basis: schemas whose `x-ndd.legalBasis` is not empty.
 */
export function coverageOf(dictionary: Dictionary): DomainCoverage[] {
  const rows: DomainCoverage[] = [];
  for (const domain of dictionary.domains.values()) {
    const schemas: Record<SchemaKind, number> = { entity: 0, element: 0, codelist: 0 };
    const labels = counter();
    const descriptions = counter();
    const examples = counter();
    const counterexamples = counter();
    const legalBasis = counter();
    let properties = 0;
    for (const id of domain.schemaIds) {
      const record = dictionary.schemas.get(id)!;
      const kind = record.metadata.kind;
      schemas[kind]++;
      const root = record.schema;
      labels.add(hasLabels(root));
      descriptions.add(hasDescriptions(root));
      if (kind !== 'codelist') {
        examples.add(hasExamples(root));
        counterexamples.add(Array.isArray(root['x-counterexamples']) && root['x-counterexamples'].length > 0);
      }
      legalBasis.add(record.metadata.legalBasis.length > 0);
      walkSchema(root, '', ({ node }) => {
        const props = node['properties'];
        if (!props || typeof props !== 'object' || Array.isArray(props)) return;
        for (const value of Object.values(props as Record<string, unknown>)) {
          if (value === null || typeof value !== 'object') continue;
          const p = value as JsonObject;
          properties++;
          labels.add(hasLabels(p));
          descriptions.add(hasDescriptions(p));
          examples.add(hasExamples(p));
        }
      });
    }
    rows.push({
      domain: domain.name,
      schemas,
      properties,
      labels: labels.share(),
      descriptions: descriptions.share(),
      examples: examples.share(),
      counterexamples: counterexamples.share(),
      legalBasis: legalBasis.share(),
    });
  }
  return rows;
}

function counter() {
  let done = 0;
  let of = 0;
  return {
    add(ok: boolean) {
      of++;
      if (ok) done++;
    },
    share: (): Share => ({ done, of }),
  };
}

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const hasLabels = (s: JsonObject) => text(s['title']) && text(s['x-title-en']);
const hasDescriptions = (s: JsonObject) => text(s['description']) && text(s['x-description-en']);
const hasExamples = (s: JsonObject) => Array.isArray(s['examples']) && s['examples'].length > 0;
