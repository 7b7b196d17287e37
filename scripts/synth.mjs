#!/usr/bin/env node
/**
 * npm run synth -- --schemas 5000 [--seed 42] [--out DIR]
 *
 * Writes a realistic synthetic dictionary (see scripts/lib/synth.mjs) for benchmarks and scale
 * tests. Default output: .ndd-cache/synth/<schemas>-<seed> (git-ignored).
 */
import { parseArgs } from 'node:util';
import { MIN_SCHEMAS, synthesize, writeDictionary } from './lib/synth.mjs';

function main() {
  const { values } = parseArgs({
    options: {
      schemas: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('Usage: npm run synth -- --schemas N [--seed S] [--out DIR]\n');
    return 0;
  }
  const schemas = Number(values.schemas);
  const seed = Number(values.seed);
  if (!Number.isInteger(schemas) || schemas < MIN_SCHEMAS) throw new Error(`--schemas must be an integer >= ${MIN_SCHEMAS}, got ${values.schemas}`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got ${values.seed}`);
  const out = values.out ?? `.ndd-cache/synth/${schemas}-${seed}`;
  const started = performance.now();
  const files = synthesize({ schemas, seed });
  return writeDictionary(out, files).then(() => {
    const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    process.stdout.write(`Wrote ${files.size - 1} schemas (${(bytes / 1048576).toFixed(1)} MiB) to ${out} in ${Math.round(performance.now() - started)} ms\n`);
    return 0;
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`synth: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
