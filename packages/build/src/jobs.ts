import type { Diagnostic } from '@ndd/diagnostics';
import type { GeneratedFile } from '@ndd/generator-kit';
import type { ComponentStore, ComponentText, OpenApiDocumentBytes } from '@ndd/generator-openapi';
import { checkPattern, validatorsForSchema, type PatternVerdict, type SchemaValidators } from '@ndd/generator-validators';
import type { Dictionary } from '@ndd/registry';
import type { BuildKeys } from './keys.js';

/** One unit of generation: the same on the main thread and on a worker. */
export type Job =
  | { readonly kind: 'types'; readonly id: string; readonly key: string }
  | { readonly kind: 'validators'; readonly id: string; readonly blocker: string | undefined; readonly key: string }
  | { readonly kind: 'openapi'; readonly domain: string; readonly version: string; readonly key: string }
  | { readonly kind: 'patterns'; readonly patterns: readonly string[]; readonly key: string };

/** What a job gives: plain data, so that it crosses threads and goes into the cache as is. */
export type JobOutput =
  | { readonly kind: 'types'; readonly files: GeneratedFile[] }
  | { readonly kind: 'validators'; readonly value: SchemaValidators }
  | { readonly kind: 'openapi'; readonly documents: OpenApiDocumentBytes[]; readonly diagnostics: Diagnostic[]; readonly components: [string, ComponentText][]; readonly componentKeys: string[] }
  | { readonly kind: 'patterns'; readonly verdicts: [string, PatternVerdict][] };

/** What the thread running a job has besides the dictionary. */
export interface JobContext {
  /** OpenAPI components converted before: the main thread's cache, or what a worker converted so far. */
  readonly components?: () => Promise<ComponentStore>;
}

/**
 * Runs a job against `keys.dictionary`. The job's key is computed again here and must match:
 * a worker loads the dictionary itself, and a file edited in between would otherwise have its
 * output filed under the key of its older content.
 */
export async function runJob(keys: BuildKeys, job: Job, context: JobContext = {}): Promise<JobOutput> {
  const dictionary = keys.dictionary;
  switch (job.kind) {
    case 'types': {
      const record = recordOf(dictionary, job.id);
      check(keys.types(record), job.key);
      // Loaded on the first miss only: json-schema-to-typescript is slow to load.
      const { generateTypesForSchema } = await import('@ndd/generator-types');
      return { kind: 'types', files: (await generateTypesForSchema(dictionary, record, keys.names)).files };
    }
    case 'validators': {
      const record = recordOf(dictionary, job.id);
      const domain = dictionary.domains.get(record.domain)!;
      check(keys.validators(domain, record, job.blocker), job.key);
      return { kind: 'validators', value: validatorsForSchema(dictionary, domain, record, keys.names, job.blocker) };
    }
    case 'openapi': {
      const domain = dictionary.domains.get(job.domain);
      if (!domain) throw new StaleJobError(`no domain ${job.domain}`);
      check(keys.openapi(domain, job.version), job.key);
      const { openApiDocumentBytes } = await import('@ndd/generator-openapi');
      // Without a store nothing is found, but components are still keyed, so that the main
      // thread can keep what was converted.
      const components = context.components ? await context.components() : { salt: keys.openapiComponentSalt(), lookup: () => new Map<string, ComponentText>() };
      const out = openApiDocumentBytes(dictionary, domain, { version: job.version, packageDir: 'dist/', components });
      return { kind: 'openapi', documents: [...out.files], diagnostics: [...out.diagnostics], components: [...out.generated], componentKeys: [...out.componentKeys] };
    }
    case 'patterns':
      return { kind: 'patterns', verdicts: job.patterns.map((p) => [p, checkPattern(p)]) };
  }
}

/** A job whose inputs differ from the ones it was planned with; the main thread runs it instead. */
export class StaleJobError extends Error {
  override readonly name = 'StaleJobError';
}

function recordOf(dictionary: Dictionary, id: string) {
  const record = dictionary.schemas.get(id);
  if (!record) throw new StaleJobError(`no schema ${id}`);
  return record;
}

function check(actual: string, expected: string): void {
  if (actual !== expected) throw new StaleJobError('the dictionary changed since the job was planned');
}
