/**
 * Warms a new bundle's code caches (run.cts): `ndd check`'s with a check of a tiny dictionary, and
 * `ndd compat`'s with one comparison, so that the cache holds the
 * bytecode of a real comparison — normalisation, rules, the oracle, the witness search, a
 * formatter — whatever the first command after a build happens to be (`ndd compat --help` would
 * leave a cache without any of it). The pair is small, and made of the kinds of properties
 * dictionary entities have, with edits of the kinds a steward makes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { trainingDictionary, TRAINING_EDIT } from './train-dictionary.js';

const OLD = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.ndd.gov.vn/train/v1',
  type: 'object',
  $defs: { code: { type: 'string', pattern: '^[0-9]{2}$' }, money: { type: 'integer', minimum: 0 } },
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100, title: 'Tên' },
    idNumber: { type: 'string', pattern: '^[A-Z]{2}[0-9]{7}$', maxLength: 20 },
    email: { type: 'string', format: 'email' },
    status: { type: 'string', enum: ['01', '02', '03'] },
    count: { type: 'integer', minimum: 0, maximum: 100 },
    rate: { type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 },
    active: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 10 },
    period: { type: 'object', properties: { from: { type: 'string', format: 'date' } }, required: ['from'], additionalProperties: false },
    province: { $ref: '#/$defs/code' },
    amount: { $ref: '#/$defs/money' },
    kind: { const: 'train' },
  },
  required: ['name', 'idNumber', 'status', 'province'],
  additionalProperties: false,
};

const NEW = {
  ...OLD,
  properties: {
    ...OLD.properties,
    name: { type: 'string', minLength: 1, maxLength: 50, title: 'Tên' },
    idNumber: { type: 'string', pattern: '^[A-Z]{2}[0-9A-F]{7}$', maxLength: 20 },
    email: { type: 'string', format: 'idn-email' },
    status: { type: 'string', enum: ['01', '02', '04'] },
    count: { type: 'number', minimum: 1, maximum: 100 },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 5, uniqueItems: true },
    note: { type: ['string', 'null'], description: 'Ghi chú' },
  },
  required: ['name', 'idNumber', 'status', 'province', 'count'],
};

/**
 * Runs `ndd compat` once on the training pair and `ndd check` once on the training dictionary
 * (train-dictionary.ts, in a throwaway git repository), each writing its own code cache (best
 * effort: a failure leaves the cache to the next run): through `dist/bin.cjs`, or, given `entry`,
 * that bundle itself (the packed bundle, which `bin.cjs` in a checkout never runs).
 */
export function trainCodeCache(cliRoot: string, entry?: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'ndd-train-'));
  try {
    const { NDD_NO_BUNDLE: _off, ...env } = process.env;
    const runModule = join(cliRoot, 'dist', 'bundling', 'run.cjs');
    const ndd = (command: string, args: readonly string[]): void => {
      // `node -e` leaves no script path in argv: main() reads the command from argv[2].
      const launcher = entry === undefined ? [join(cliRoot, 'dist', 'bin.cjs')] : ['-e', `process.argv.splice(1, 0, 'ndd'); require(${JSON.stringify(runModule)}).runBundle(${JSON.stringify(entry)}, ${JSON.stringify(command)})`];
      spawnSync(process.execPath, [...launcher, command, ...args], { cwd: dir, stdio: 'ignore', env, timeout: 60_000 });
    };
    writeFileSync(join(dir, 'old.json'), JSON.stringify(OLD));
    writeFileSync(join(dir, 'new.json'), JSON.stringify(NEW));
    ndd('compat', [join(dir, 'old.json'), join(dir, 'new.json'), '--mode', 'FULL']);
    const repo = join(dir, 'repo');
    const dictionary = join(repo, 'dictionary');
    for (const [path, value] of Object.entries(trainingDictionary())) {
      mkdirSync(dirname(join(dictionary, path)), { recursive: true });
      writeFileSync(join(dictionary, path), `${JSON.stringify(value, null, 2)}\n`);
    }
    const git = (...args: string[]) => spawnSync('git', ['-C', repo, '-c', 'user.name=ndd', '-c', 'user.email=ndd@ndd.invalid', '-c', 'commit.gpgsign=false', ...args], { stdio: 'ignore', timeout: 60_000 }).status === 0;
    if (!git('init', '-q') || !git('add', '.') || !git('commit', '-qm', 'training')) return; // no git: no check cache
    const edited = join(dictionary, TRAINING_EDIT.path);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(TRAINING_EDIT.from, TRAINING_EDIT.to));
    ndd('check', [dictionary, '--against', 'HEAD', '--format', 'json', '--today', '2026-01-01']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
