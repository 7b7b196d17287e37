/** The guard that keeps a stale bundle from running: every recorded input must be unchanged. */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle, manifestPath, type BundleManifest } from './manifest.cjs';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ndd-bundle-'));
  mkdirSync(join(root, 'dist', 'bundle', 'b-1'), { recursive: true });
  writeFileSync(join(root, 'dist', 'a.js'), 'export const a = 1;\n');
  writeFileSync(join(root, 'dist', 'b.js'), 'export const b = 2;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeManifest(paths: string[], patch: Partial<BundleManifest> = {}): void {
  const inputs = paths.map((path) => {
    const s = statSync(join(root, path));
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  });
  writeFileSync(manifestPath(root), JSON.stringify({ dir: 'b-1', entry: 'main.cjs', inputs, ...patch }));
}

describe('freshBundle', () => {
  it('names the entry while every input has its recorded size and time', () => {
    writeManifest(['dist/a.js', 'dist/b.js']);
    expect(freshBundle(root)).toBe(join(root, 'dist', 'bundle', 'b-1', 'main.cjs'));
  });

  it('refuses the bundle when an input was rewritten, even with the same size', () => {
    writeManifest(['dist/a.js', 'dist/b.js']);
    const t = statSync(join(root, 'dist', 'b.js')).mtimeMs;
    utimesSync(join(root, 'dist', 'b.js'), new Date(t + 2000), new Date(t + 2000));
    expect(freshBundle(root)).toBeUndefined();
  });

  it('refuses the bundle when an input changed size or is gone', () => {
    writeManifest(['dist/a.js', 'dist/b.js']);
    const { mtime } = statSync(join(root, 'dist', 'a.js'));
    writeFileSync(join(root, 'dist', 'a.js'), 'export const a = 10;\n');
    utimesSync(join(root, 'dist', 'a.js'), mtime, mtime);
    expect(freshBundle(root)).toBeUndefined();
    writeManifest(['dist/a.js', 'dist/b.js']);
    expect(freshBundle(root)).toBeDefined();
    rmSync(join(root, 'dist', 'b.js'));
    expect(freshBundle(root)).toBeUndefined();
  });

  it('refuses a missing, unreadable or empty manifest', () => {
    expect(freshBundle(root)).toBeUndefined();
    writeFileSync(manifestPath(root), '{"dir": "b-1", "entry"');
    expect(freshBundle(root)).toBeUndefined();
    writeManifest([]);
    expect(freshBundle(root)).toBeUndefined();
  });
});
