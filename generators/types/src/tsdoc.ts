import type { LegalReference } from '@ndd/registry';

/** What a TSDoc comment is made of, taken from one (sub)schema of the dictionary. */
export interface DocSource {
  readonly title?: unknown;
  readonly 'x-title-en'?: unknown;
  readonly description?: unknown;
  readonly 'x-description-en'?: unknown;
  readonly examples?: unknown;
  readonly 'x-legal-basis'?: unknown;
  readonly 'x-aliases'?: unknown;
  readonly readOnly?: unknown;
  readonly writeOnly?: unknown;
  readonly deprecated?: unknown;
  readonly dependentRequired?: unknown;
  readonly format?: unknown;
  readonly pattern?: unknown;
}

/** Extra facts for a schema's root: its `$id`, legal basis and deprecation. */
export interface RootDoc {
  readonly id: string;
  readonly legalBasis: readonly LegalReference[];
  readonly deprecated?: { readonly since: string; readonly successor?: string; readonly reason: { readonly vi: string; readonly en: string } };
}

/**
 * Composes the text of a TSDoc comment (without the comment delimiters; json-schema-to-typescript
 * wraps it and neutralises any `*` + `/` inside): both labels, both definitions, legal basis,
 * aliases, deprecation with successor, and examples.
 */
export function docText(node: DocSource, root?: RootDoc): string | undefined {
  const parts: string[] = [];
  const vi = str(node.title);
  const en = str(node['x-title-en']);
  if (vi || en) parts.push([vi, en].filter(Boolean).join(' — '));
  const dvi = str(node.description);
  const den = str(node['x-description-en']);
  if (dvi) parts.push(dvi);
  if (den && den !== dvi) parts.push(den);
  const tags: string[] = [];
  const format = str(node.format);
  if (format) tags.push(`Format: \`${format}\` (checked by the validator).`);
  const required = node.dependentRequired;
  if (required && typeof required === 'object') {
    for (const [when, then] of Object.entries(required as Record<string, unknown>)) {
      if (Array.isArray(then)) tags.push(`When \`${when}\` is present, ${then.map((p) => `\`${String(p)}\``).join(', ')} must be present too (dependentRequired; checked by the validator, not by the type).`);
    }
  }
  const legal = [...(root?.legalBasis ?? []), ...legalOf(node['x-legal-basis'])];
  if (legal.length > 0) {
    tags.push(`Legal basis: ${legal.map((l) => `${l.document} ${l.title.vi} (${l.title.en})${l.provision ? `, ${l.provision}` : ''}`).join('; ')}.`);
  }
  const aliases = node['x-aliases'];
  if (aliases && typeof aliases === 'object' && Object.keys(aliases).length > 0) {
    tags.push(`Wire names: ${Object.entries(aliases as Record<string, unknown>).map(([k, v]) => `${k} \`${String(v)}\``).join(', ')}.`);
  }
  if (tags.length > 0) parts.push(`@remarks\n${tags.join('\n')}`);
  if (node.readOnly === true) parts.push('@readonly');
  if (root?.deprecated) {
    const d = root.deprecated;
    parts.push(`@deprecated Since ${d.since}: ${d.reason.en} (${d.reason.vi})${d.successor ? ` Use ${d.successor} instead.` : ''}`);
  } else if (node.deprecated === true) {
    parts.push('@deprecated');
  }
  if (Array.isArray(node.examples)) {
    for (const example of node.examples.slice(0, 2)) parts.push(`@example\n${JSON.stringify(example)}`);
  }
  if (root) parts.push(`@see ${root.id}`);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function legalOf(value: unknown): LegalReference[] {
  return Array.isArray(value) ? (value as LegalReference[]) : [];
}
