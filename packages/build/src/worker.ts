/**
 * A build worker thread: loads the dictionary, then runs the jobs the scheduler sends, one at a
 * time, and answers each with its output or why it could not run it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { exportNames } from '@ndd/generator-kit';
import { rememberPatternVerdicts } from '@ndd/generator-validators';
import { loadDictionary } from '@ndd/registry';
import type { ComponentStore, ComponentText } from '@ndd/generator-openapi';
import { runJob, type JobContext, type JobOutput } from './jobs.js';
import { BuildKeys } from './keys.js';
import type { ToMain, ToWorker, WorkerData } from './worker-protocol.js';

const port = parentPort!;
const { dictionaryDir, fingerprint, cacheDir } = workerData as WorkerData;
const post = (message: ToMain, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

const queue: ToWorker[] = [];
let keys: BuildKeys | undefined;
let running = false;
/**
 * The OpenAPI components this worker converted, for its later documents: the domains' documents
 * bundle the same shared components, and without it a worker converted each of them once per
 * document (at 5,000 schemas, 14,000 conversions where 5,000 components exist).
 */
const converted = new Map<string, ComponentText>();
let context: JobContext = {};

port.on('message', (message: ToWorker) => {
  queue.push(message);
  void run();
});

const loaded = await loadDictionary(dictionaryDir, cacheDir === undefined ? {} : { cacheDir });
if (loaded.dictionary) {
  keys = new BuildKeys(loaded.dictionary, exportNames(loaded.dictionary), fingerprint);
  const store: ComponentStore = {
    salt: keys.openapiComponentSalt(),
    lookup: (wanted) => new Map(wanted.filter((key) => converted.has(key)).map((key) => [key, converted.get(key)!])),
  };
  context = { components: () => Promise.resolve(store) };
  post({ type: 'ready' });
  void run();
} else {
  post({ type: 'failed', message: 'the dictionary did not load' });
}

async function run(): Promise<void> {
  if (running || !keys) return;
  running = true;
  try {
    for (let message = queue.shift(); message; message = queue.shift()) {
      rememberPatternVerdicts(message.verdicts);
      for (const { id, job } of message.jobs) {
        try {
          const output = await runJob(keys, job, context);
          if (output.kind === 'openapi') for (const [key, text] of output.components) converted.set(key, text);
          post({ type: 'result', id, ok: true, output }, transferable(output));
        } catch (error) {
          post({ type: 'result', id, ok: false, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  } finally {
    running = false;
  }
}

/**
 * The buffers of an output that can move to the main thread instead of being copied: an OpenAPI
 * document's bytes (megabytes), when they fill their own ArrayBuffer (a small one may sit in
 * Node's shared pool, which must never be transferred).
 */
function transferable(output: JobOutput): ArrayBuffer[] {
  if (output.kind !== 'openapi') return [];
  return output.documents.map((d) => d.bytes).filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength).map((b) => b.buffer as ArrayBuffer);
}
