import type { PatternVerdict } from '@ndd/generator-validators';
import type { Job, JobOutput } from './jobs.js';

/** What the scheduler sends a worker: jobs, and the pattern verdicts it does not have yet. */
export interface ToWorker {
  readonly type: 'jobs';
  readonly jobs: readonly { readonly id: number; readonly job: Job }[];
  readonly verdicts: readonly (readonly [string, PatternVerdict])[];
}

/** What a worker sends back. */
export type ToMain =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly ok: true; readonly output: JobOutput }
  | { readonly type: 'result'; readonly id: number; readonly ok: false; readonly message: string };

/** What a worker is started with. */
export interface WorkerData {
  readonly dictionaryDir: string;
  /** The build's cache folder, where the reading cache is. */
  readonly cacheDir?: string;
  readonly fingerprint: string;
}
