import { DIALECT_ID, SCHEMA_SUFFIX } from '../constants.js';
import type { FileContext } from './file-context.js';

/** What a schema file's path says about it. */
export interface PathIdentity {
  readonly domain: string;
  readonly name: string;
  readonly major: number;
  /** The `$id` the path implies. */
  readonly expectedId: string;
}

const SEGMENT = /^[a-z][a-z0-9-]*$/;

/**
 * Reads `<domain>/<name…>/v<major>.schema.json`. Reports `bad-file-path` and returns undefined
 * when the path does not follow the convention.
 */
export function identityFromPath(ctx: FileContext, baseUri: string): PathIdentity | undefined {
  const segments = ctx.file.slice(0, -SCHEMA_SUFFIX.length).split('/');
  const version = segments.pop() ?? '';
  const major = /^v([1-9][0-9]*)$/.exec(version);
  if (!major || segments.length < 2 || !segments.every((s) => SEGMENT.test(s))) {
    ctx.diagnostics.push({
      code: 'bad-file-path',
      severity: 'error',
      message: `Path "${ctx.file}" does not follow <domain>/<name>/v<major>.schema.json (lower-case segments, major from 1).`,
      file: ctx.file,
      hint: 'Move the file, e.g. to core/person/v1.schema.json.',
    });
    return undefined;
  }
  const [domain, ...name] = segments;
  return {
    domain: domain!,
    name: name.join('/'),
    major: Number(major[1]),
    expectedId: `${baseUri}${segments.join('/')}/${version}`,
  };
}

/** Checks `$schema` and `$id` against the dialect and the path. Returns the `$id` if usable. */
export function checkSchemaAndId(ctx: FileContext, doc: Record<string, unknown>, identity: PathIdentity | undefined): string | undefined {
  const dialect = doc['$schema'];
  if (dialect === undefined) {
    ctx.report('missing-schema-keyword', 'error', 'The schema has no "$schema".', '', {
      hint: `Add "$schema": "${DIALECT_ID}" as the first key.`,
    });
  } else if (dialect !== DIALECT_ID) {
    ctx.report('wrong-schema-dialect', 'error', `"$schema" is ${JSON.stringify(dialect)}; dictionary files use the ndd dialect.`, '/$schema', {
      hint: `Write "$schema": "${DIALECT_ID}" (JSON Schema 2020-12 plus the ndd vocabulary).`,
    });
  }
  const id = doc['$id'];
  if (id === undefined) {
    ctx.report('missing-id', 'error', 'The schema has no "$id".', '', {
      hint: identity ? `Add "$id": "${identity.expectedId}".` : 'Add an "$id" that matches the file path.',
    });
    return undefined;
  }
  if (typeof id !== 'string') return undefined; // the meta-schema reports the type
  if (identity && id !== identity.expectedId) {
    ctx.report('id-path-mismatch', 'error', `"$id" is "${id}" but the file path implies "${identity.expectedId}".`, '/$id', {
      hint: 'Make the $id and the path agree: rename the file, or fix the $id (a new major is a new file vN+1).',
    });
  }
  return id;
}
