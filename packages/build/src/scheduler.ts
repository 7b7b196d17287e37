import { Worker } from 'node:worker_threads';
import { knownPatternVerdicts } from '@ndd/generator-validators';
import { runJob, type Job, type JobContext, type JobOutput } from './jobs.js';
import type { BuildKeys } from './keys.js';
import type { ToMain, ToWorker } from './worker-protocol.js';

/**
 * Jobs a worker holds at once: enough to keep it busy while the main thread writes a package or
 * runs a job of its own (a few hundred milliseconds of typical jobs); a short queue is shared
 * fairly instead (see feedWorkers).
 */
const BATCH = 64;

interface Pending {
  readonly job: Job;
  /** Lower runs first; equal priorities run in submission order. */
  readonly priority: number;
  readonly resolve: (output: JobOutput) => void;
  readonly reject: (error: unknown) => void;
  /** Set when a worker failed it: the main thread runs it (and reports its error, if any). */
  localOnly?: boolean;
}

interface WorkerSlot {
  readonly worker: Worker;
  ready: boolean;
  /** Jobs sent and not answered, by message id. */
  readonly inFlight: Map<number, Pending>;
  /** How many of this thread's pattern verdicts the worker has been sent. */
  verdictsSent: number;
}

/**
 * Runs generation jobs on the main thread and, once started, on worker threads too, all taking
 * from one queue. Every job is a pure function of the dictionary, so which thread runs it does
 * not change its output; results are handed back to whoever submitted the job, so the build
 * assembles packages in its own order whatever the scheduling was.
 *
 * A worker reads the dictionary itself (a model with methods does not cross threads): a cold
 * 5,000-schema build outlasts that read many times over, an incremental one does not, so workers
 * are started only when there is a lot to generate. A job a worker cannot run (the dictionary
 * changed on disk since the main thread read it, or the job failed) is run again on the main
 * thread, which reports any real error itself.
 */
export class Scheduler {
  readonly #fingerprint: string;
  #keys: BuildKeys | undefined;
  readonly #context: JobContext;
  readonly #queue: Pending[] = [];
  readonly #workers: WorkerSlot[] = [];
  #draining = false;
  #nextId = 0;
  /** Jobs run by each thread kind, for tests and the bench. */
  readonly ran = { main: 0, workers: 0 };
  readonly #waitForWorkers: boolean;

  /**
   * @param fingerprint The generator code's fingerprint ({@link BuildKeys.fingerprint}), which
   *   workers need before the main thread has read the dictionary.
   * @param context What jobs run on the main thread have (the cache); workers have none of it.
   * @param options `waitForWorkers`: once workers are started, the main thread takes no job
   *   until one of them has answered one (or none is left), so that a small build still runs
   *   on both kinds of thread (tests of the threaded path; a build never needs it).
   */
  constructor(fingerprint: string, context: JobContext = {}, options: { readonly waitForWorkers?: boolean } = {}) {
    this.#fingerprint = fingerprint;
    this.#context = context;
    this.#waitForWorkers = options.waitForWorkers === true;
  }

  /** The keys of the dictionary the main thread read: needed before any job is submitted. */
  useKeys(keys: BuildKeys): void {
    if (keys.fingerprint !== this.#fingerprint) throw new Error('the keys were made with another generator fingerprint');
    this.#keys = keys;
  }

  /**
   * Queues a job; resolves with its output. The build gives each package's jobs the package's
   * rank as priority, so the first package is finished (and written, which is I/O the next
   * packages' generation overlaps) before the last one is started.
   */
  submit(job: Job, priority: number): Promise<JobOutput> {
    return new Promise((resolve, reject) => {
      let index = this.#queue.length;
      while (index > 0 && this.#queue[index - 1]!.priority > priority) index--;
      this.#queue.splice(index, 0, { job, priority, resolve, reject });
      this.#feedWorkers();
      this.#drain();
    });
  }

  /**
   * Starts `count` workers that load the dictionary at `dictionaryDir` (with the reading cache
   * in `cacheDir`, if given) and then take jobs.
   */
  startWorkers(count: number, dictionaryDir: string, cacheDir?: string): void {
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl(), { workerData: { dictionaryDir, fingerprint: this.#fingerprint, ...(cacheDir !== undefined && { cacheDir }) }, ...workerExecArgv() });
      } catch {
        return; // No threads (a flag a worker refuses…): the main thread does everything.
      }
      const slot: WorkerSlot = { worker, ready: false, inFlight: new Map(), verdictsSent: 0 };
      this.#workers.push(slot);
      worker.on('message', (message: ToMain) => this.#onMessage(slot, message));
      worker.on('error', () => this.#retire(slot));
      worker.on('exit', () => this.#retire(slot));
    }
  }

  /** Stops the workers (their jobs, if any, go back to the main thread). */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    for (const slot of workers) this.#requeue(slot);
    await Promise.all(workers.map((slot) => slot.worker.terminate()));
    this.#drain();
  }

  #onMessage(slot: WorkerSlot, message: ToMain): void {
    if (message.type === 'ready') {
      slot.ready = true;
    } else if (message.type === 'failed') {
      this.#retire(slot);
      return;
    } else {
      const pending = slot.inFlight.get(message.id);
      if (!pending) return;
      slot.inFlight.delete(message.id);
      if (message.ok) {
        this.ran.workers++;
        pending.resolve(message.output);
        if (this.ran.workers === 1) this.#drain(); // the main thread may have been waiting for it
      } else {
        pending.localOnly = true;
        this.#queue.unshift(pending);
        this.#drain();
      }
    }
    this.#feedWorkers();
  }

  /** Sends queued jobs to ready workers with room for them. */
  #feedWorkers(): void {
    for (const slot of this.#workers) {
      if (!slot.ready) continue;
      const jobs: { id: number; job: Job }[] = [];
      // A fair share of a short queue (the main thread takes jobs too), up to BATCH of a long one.
      const room = Math.min(BATCH, Math.ceil(this.#queue.length / (this.#workers.length + 1)));
      while (slot.inFlight.size < room) {
        const index = this.#queue.findIndex((p) => !p.localOnly);
        if (index < 0) break;
        const [pending] = this.#queue.splice(index, 1);
        const id = this.#nextId++;
        slot.inFlight.set(id, pending!);
        jobs.push({ id, job: pending!.job });
      }
      if (jobs.length === 0) continue;
      // Verdicts on patterns reached so far, so that no thread runs recheck on a pattern twice.
      const verdicts = [...knownPatternVerdicts()].slice(slot.verdictsSent);
      slot.verdictsSent += verdicts.length;
      slot.worker.postMessage({ type: 'jobs', jobs, verdicts } satisfies ToWorker);
    }
  }

  /** Runs queued jobs on the main thread, one at a time, yielding between them. */
  #drain(): void {
    if (this.#draining) return;
    this.#draining = true;
    void (async () => {
      try {
        for (let pending = this.#takeForMain(); pending; pending = this.#takeForMain()) {
          try {
            if (!this.#keys) throw new Error('a job was submitted before the scheduler had the keys');
            pending.resolve(await runJob(this.#keys, pending.job, this.#context));
            this.ran.main++;
          } catch (error) {
            pending.reject(error);
          }
          // Let worker messages and file writes through before the next job.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        this.#draining = false;
      }
    })();
  }

  /**
   * The next job for the main thread. While workers run, it leaves them the long jobs (an OpenAPI
   * document takes up to a second at 5,000 schemas) as long as short ones remain: a main thread
   * inside a long job cannot send the workers more, and they ran dry.
   */
  #takeForMain(): Pending | undefined {
    const alive = this.#workers.length > 0;
    if (alive && this.#waitForWorkers && this.ran.workers === 0) {
      const index = this.#queue.findIndex((p) => p.localOnly);
      return index < 0 ? undefined : this.#queue.splice(index, 1)[0];
    }
    const index = alive ? this.#queue.findIndex((p) => p.job.kind !== 'openapi' || p.localOnly) : 0;
    return this.#queue.splice(index < 0 ? 0 : index, 1)[0];
  }

  #retire(slot: WorkerSlot): void {
    const index = this.#workers.indexOf(slot);
    if (index >= 0) this.#workers.splice(index, 1);
    this.#requeue(slot);
    void slot.worker.terminate();
    this.#drain();
  }

  #requeue(slot: WorkerSlot): void {
    for (const pending of slot.inFlight.values()) {
      pending.localOnly = true;
      this.#queue.unshift(pending);
    }
    slot.inFlight.clear();
  }
}

/**
 * A worker inherits the parent's Node options, except under `--conditions` (a test runner's
 * `ndd-source`, which would make the compiled worker import TypeScript sources): then none.
 * (An explicit list may hold only per-thread options, so the parent's cannot just be filtered.)
 */
function workerExecArgv(): { execArgv?: string[] } {
  return process.execArgv.some((a) => a === '--conditions' || a === '-C' || a.startsWith('--conditions=') || a.startsWith('-C=')) ? { execArgv: [] } : {};
}

/**
 * The worker's module: beside this one once compiled; from the TypeScript sources (tests), the
 * compiled one, since a worker thread runs plain JavaScript.
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../dist/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
}
