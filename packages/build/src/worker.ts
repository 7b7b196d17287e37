/**
 * A build worker thread: loads the dictionary, then runs the jobs the scheduler sends, one at a
 * time, and answers each with its output or why it could not run it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { exportNames } from '@ndd/generator-kit';
import { rememberPatternVerdicts } from '@ndd/generator-validators';
import { loadDictionary } from '@ndd/registry';
import { runJob } from './jobs.js';
import { BuildKeys } from './keys.js';
import type { ToMain, ToWorker, WorkerData } from './worker-protocol.js';

const port = parentPort!;
const { dictionaryDir, fingerprint, cacheDir } = workerData as WorkerData;
const post = (message: ToMain): void => port.postMessage(message);

const queue: ToWorker[] = [];
let keys: BuildKeys | undefined;
let running = false;

port.on('message', (message: ToWorker) => {
  queue.push(message);
  void run();
});

const loaded = await loadDictionary(dictionaryDir, cacheDir === undefined ? {} : { cacheDir });
if (loaded.dictionary) {
  keys = new BuildKeys(loaded.dictionary, exportNames(loaded.dictionary), fingerprint);
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
          post({ type: 'result', id, ok: true, output: await runJob(keys, job) });
        } catch (error) {
          post({ type: 'result', id, ok: false, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  } finally {
    running = false;
  }
}
