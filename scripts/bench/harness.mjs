/**
 * A tiny benchmark harness shared by every section of `npm run bench`: statistics, a child
 * process runner (each case gets a fresh heap, so peak memory is its own), and table printing.
 * A section is a module exporting `{ name, title, run(options) → Promise<Table> }`.
 */
import { spawn } from 'node:child_process';

/** The median of a non-empty list of numbers. */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs a Node script in a child process and returns the JSON document it prints on stdout.
 * The child measures itself (times, `process.resourceUsage().maxRSS`), so the numbers are not
 * disturbed by the parent's heap.
 */
export function runChild(script, args, { timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script, ...args.map(String)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`${script} printed no JSON: ${out.slice(0, 200)}`));
      }
    });
  });
}

/** Milliseconds, rounded for reading. */
export function ms(value) {
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

/** Bytes in MiB. */
export function mib(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

/**
 * Prints a table: `columns` are `{ key, label, align? }`, rows are objects of strings.
 * Right-aligns numbers unless told otherwise.
 */
export function formatTable(columns, rows) {
  const cells = [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => String(r[c.key] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => ((columns[i].align ?? (i === 0 ? 'left' : 'right')) === 'left' ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * Folders a section is done with, set aside by renaming (instant) and deleted only when the
 * section has measured everything. On a file system with online discard (this project's CI
 * machine mounts ext4 with `discard`), deleting a tree of thousands of files makes file creation
 * several times slower for the next tens of seconds: deleting the last run's output right before
 * a timed build measured the kernel's clean-up of the previous run, not the build.
 */
export class Trash {
  /** @param {string} dir where set-aside folders wait (emptied by {@link Trash#empty}) */
  constructor(dir) {
    this.dir = dir;
    this.count = 0;
  }

  /** Moves `path` (if it exists) out of the way, into the trash folder. */
  async discard(path) {
    const { mkdir, rename } = await import('node:fs/promises');
    await mkdir(this.dir, { recursive: true });
    try {
      await rename(path, `${this.dir}/${process.pid}-${this.count++}`);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }

  /** Deletes everything set aside (and whatever an interrupted earlier run left there). */
  async empty() {
    const { rm } = await import('node:fs/promises');
    await rm(this.dir, { recursive: true, force: true });
  }
}
