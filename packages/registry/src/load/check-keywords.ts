import { KNOWN_KEYWORDS, OLD_DRAFT_KEYWORDS } from '../keywords.js';
import { childPointer } from '../text/pointer.js';
import { walkSchema } from '../walk.js';
import type { SchemaDefinition } from '../model.js';
import type { FileContext } from './file-context.js';

/** A `$ref` or `$anchor` found while checking keywords. */
export interface FoundRef {
  readonly pointer: string;
  readonly ref: string;
  /** Whether the `$ref` applies to the same instance as the schema root ("unguarded"). */
  readonly inPlace: boolean;
}

/** What the keyword walk found in one document. */
export interface KeywordScan {
  readonly refs: FoundRef[];
  /** `$anchor` name → pointer of the schema that declares it. */
  readonly anchors: Map<string, string>;
  /** Every `format` value with the pointer of its schema. */
  readonly formats: { readonly pointer: string; readonly format: string }[];
  /** Every `$defs` entry, in document order (a def inside a def after its owner). */
  readonly definitions: SchemaDefinition[];
}

/**
 * Walks every subschema: reports unknown keywords (ajv strict mode would refuse them), `$id`
 * below the root (one schema a file), `x-ndd` below the root, root `$defs` names that could
 * collide with a bundle's, and collects `$ref`s and anchors.
 */
export function scanKeywords(ctx: FileContext, doc: Record<string, unknown>): KeywordScan {
  const refs: FoundRef[] = [];
  const anchors = new Map<string, string>();
  const formats: KeywordScan['formats'] = [];
  const definitions: SchemaDefinition[] = [];
  walkSchema(doc, '', ({ node, pointer, inPlace }) => {
    for (const key of Object.keys(node)) {
      const at = childPointer(pointer, key);
      if (!KNOWN_KEYWORDS.has(key)) {
        ctx.report('unknown-keyword', 'error', `Unknown keyword "${key}".`, at, { at: 'key', hint: suggest(key) });
      }
    }
    if (pointer !== '') {
      if ('$id' in node) {
        ctx.report('nested-id', 'error', '"$id" below the root: a dictionary file holds exactly one schema resource.', childPointer(pointer, '$id'), {
          at: 'key',
          hint: 'Move this subschema to its own file and $ref it, or use $defs with a $ref "#/$defs/…".',
        });
      }
      if ('x-ndd' in node) {
        ctx.report('misplaced-metadata', 'error', '"x-ndd" is allowed only at the root of a file.', childPointer(pointer, 'x-ndd'), {
          at: 'key',
          hint: 'Use x-legal-basis, x-aliases, title/x-title-en on properties; x-ndd describes the whole schema.',
        });
      }
    }
    reportProtoNames(ctx, node, pointer);
    if (typeof node['$ref'] === 'string') refs.push({ pointer, ref: node['$ref'], inPlace });
    if (typeof node['$anchor'] === 'string') anchors.set(node['$anchor'], pointer);
    if (typeof node['format'] === 'string') formats.push({ pointer, format: node['format'] });
    const defs = node['$defs'];
    if (defs !== null && typeof defs === 'object' && !Array.isArray(defs)) {
      for (const name of Object.keys(defs)) {
        const at = childPointer(childPointer(pointer, '$defs'), name);
        definitions.push({ parent: pointer, pointer: at, name });
        if (pointer === '' && name.includes('/')) {
          ctx.report('reserved-defs-name', 'error', `The $defs name ${JSON.stringify(name)} contains "/": bundles file every schema a document reaches under $defs/<domain>/<name>/v<major>, so such a name can collide with one.`, at, {
            at: 'key',
            hint: `Rename it without "/" (say ${JSON.stringify(name.replace(/\//g, '-'))}) and update the "$ref"s that point at it.`,
          });
        }
      }
    }
  });
  return { refs, anchors, formats, definitions };
}

/** Keywords whose member names are property names of instances. */
const PROPERTY_MAPS = ['properties', 'patternProperties', 'dependentSchemas', 'dependentRequired'] as const;

/**
 * A property named `__proto__` is valid JSON Schema, but ajv (and so the generated validators)
 * skips it while the specification does not, and JavaScript consumers mistake it for the
 * prototype. A warning here, found early: the build refuses to generate a validator for it
 * (validators/unsupported-property-name), and `ndd check` leaves a change to it undecided.
 */
function reportProtoNames(ctx: FileContext, node: Record<string, unknown>, pointer: string): void {
  const report = (at: string, where: 'key' | 'value' = 'key'): void =>
    ctx.report('reserved-property-name', 'warning', 'A property named "__proto__": validators disagree on it (ajv skips it, the JSON Schema specification does not), and JavaScript takes it for an object\'s prototype.', at, {
      at: where,
      hint: 'Name the property otherwise.',
    });
  for (const keyword of PROPERTY_MAPS) {
    const map = node[keyword];
    if (map !== null && typeof map === 'object' && !Array.isArray(map) && Object.hasOwn(map, '__proto__')) report(childPointer(childPointer(pointer, keyword), '__proto__'));
  }
  const named = (list: unknown, at: string): void => {
    if (Array.isArray(list)) list.forEach((name, i) => name === '__proto__' && report(childPointer(at, String(i)), 'value'));
  };
  named(node['required'], childPointer(pointer, 'required'));
  // A dependency list names properties too (compat's normaliser refuses the same).
  const dependent = node['dependentRequired'];
  if (dependent !== null && typeof dependent === 'object' && !Array.isArray(dependent)) {
    for (const [key, list] of Object.entries(dependent)) named(list, childPointer(childPointer(pointer, 'dependentRequired'), key));
  }
}

function suggest(key: string): string {
  const replacement = OLD_DRAFT_KEYWORDS[key];
  if (replacement) return `"${key}" is from an older JSON Schema draft; in 2020-12 write ${replacement}.`;
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of KNOWN_KEYWORDS) {
    const d = distance(key.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  if (best) return `Did you mean "${best}"?`;
  return key.startsWith('x-')
    ? 'ndd annotations are the x- keywords listed in dictionary/README.md; propose a new one by extending the metadata vocabulary.'
    : 'Remove it, or if it is an annotation, use one of the ndd x- keywords (dictionary/README.md).';
}

/** Levenshtein distance (small strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
