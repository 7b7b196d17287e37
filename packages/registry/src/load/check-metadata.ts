import type { CodeEntry, SchemaMetadata } from '../model.js';
import type { FileContext } from './file-context.js';
import type { PathIdentity } from './check-identity.js';

/**
 * Checks what the meta-schema cannot express: `x-ndd` present at the root, its major equal to
 * the path's, validity dates in order, and a code list's `enum` equal to its `x-codes` keys.
 * Call only on documents that passed meta-validation (types are then as declared).
 */
export function checkMetadata(ctx: FileContext, doc: Record<string, unknown>, identity: PathIdentity | undefined): SchemaMetadata | undefined {
  const metadata = doc['x-ndd'] as SchemaMetadata | undefined;
  if (!metadata) {
    ctx.report('missing-metadata', 'error', 'The schema has no "x-ndd" metadata (version, kind, status, layer, steward, legal basis).', '', {
      hint: 'Add "x-ndd" at the root; see dictionary/README.md or run `ndd new` to scaffold a schema.',
    });
    return undefined;
  }
  const major = Number(metadata.version.split('.')[0]);
  if (identity && major !== identity.major) {
    ctx.report('version-major-mismatch', 'error', `"x-ndd.version" is ${metadata.version} but the file is major v${identity.major}.`, '/x-ndd/version', {
      hint: `A schema in v${identity.major}.schema.json has version ${identity.major}.y.z; a breaking change goes into a new file v${major > identity.major ? major : identity.major + 1}.schema.json.`,
    });
  }
  if (metadata.validFrom && metadata.validTo && metadata.validTo < metadata.validFrom) {
    ctx.report('invalid-validity', 'error', `Validity ends (${metadata.validTo}) before it starts (${metadata.validFrom}).`, '/x-ndd/validTo');
  }
  return metadata;
}

/** Checks a code list's `enum` against its `x-codes` and returns the entries in enum order. */
export function checkCodes(ctx: FileContext, doc: Record<string, unknown>, metadata: SchemaMetadata | undefined): CodeEntry[] {
  const table = doc['x-codes'] as Record<string, Omit<CodeEntry, 'code'>> | undefined;
  const values = doc['enum'];
  if (metadata?.kind === 'codelist' && (!table || !Array.isArray(values))) {
    ctx.report('codelist-shape', 'error', 'A code list needs both "enum" (the codes) and "x-codes" (their labels and validity).', '', {
      hint: 'Write the codes in "enum" and describe each one under "x-codes": {"01": {"vi": "…", "en": "…"}}.',
    });
    return [];
  }
  if (!table) return [];
  if (metadata?.kind !== 'codelist') {
    ctx.report('codelist-shape', 'error', '"x-codes" is only allowed on a schema of kind "codelist".', '/x-codes', { at: 'key' });
  }
  const codes = Array.isArray(values) ? values : [];
  const inEnum = new Set(codes.map((c) => String(c)));
  for (const [i, code] of codes.entries()) {
    if (typeof code !== 'string') {
      ctx.report('codes-enum-mismatch', 'error', `Code ${JSON.stringify(code)} is not a string; codes are strings (leading zeros matter).`, `/enum/${i}`);
    } else if (!Object.hasOwn(table, code)) {
      ctx.report('codes-enum-mismatch', 'error', `Code "${code}" is in "enum" but has no entry in "x-codes".`, `/enum/${i}`, {
        hint: `Add "x-codes"/"${code}" with its Vietnamese and English labels.`,
      });
    }
  }
  for (const code of Object.keys(table)) {
    if (!inEnum.has(code)) {
      ctx.report('codes-enum-mismatch', 'error', `Code "${code}" has an entry in "x-codes" but is not in "enum".`, `/x-codes/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`, {
        at: 'key',
        hint: 'Add it to "enum", or remove the entry.',
      });
    }
    const entry = table[code]!;
    if (entry.validFrom && entry.validTo && entry.validTo < entry.validFrom) {
      ctx.report('invalid-validity', 'error', `Code "${code}": validity ends (${entry.validTo}) before it starts (${entry.validFrom}).`, `/x-codes/${code}/validTo`);
    }
  }
  return codes.filter((c): c is string => typeof c === 'string' && Object.hasOwn(table, c)).map((code) => ({ code, ...table[code]! }));
}
