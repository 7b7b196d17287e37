/** The guard that keeps a stale bundle from running: every recorded input must be unchanged. */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle, manifestPath, packedBundle, packedManifestPath, type BundleManifest } from './manifest.cjs';

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

describe('packedBundle (an installed package: no src/, no checkout manifest)', () => {
  const entry = (): string => join(root, 'dist', 'packed', 'main.cjs');
  beforeEach(() => {
    mkdirSync(join(root, 'dist', 'packed'));
    writeFileSync(entry(), 'module.exports = {};\n');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: '@ndd/cli', version: '1.2.3' }));
  });
  const writePacked = (patch: Record<string, unknown> = {}): void =>
    writeFileSync(packedManifestPath(root), JSON.stringify({ version: '1.2.3', entry: 'main.cjs', size: statSync(entry()).size, ...patch }));

  it('names the packed entry when it was built for this version and has its size', () => {
    writePacked();
    expect(packedBundle(root)).toBe(entry());
    // freshBundle falls back to it when there is no checkout manifest.
    expect(freshBundle(root)).toBe(entry());
  });

  it('is never trusted in a checkout (src/ beside dist/), where tsc rewrites dist/ under it', () => {
    writePacked();
    mkdirSync(join(root, 'src'));
    expect(packedBundle(root)).toBeUndefined();
    expect(freshBundle(root)).toBeUndefined();
  });

  it('refuses a bundle of another version, of another size, or without a manifest', () => {
    writePacked({ version: '1.2.2' });
    expect(packedBundle(root)).toBeUndefined();
    writePacked({ size: 3 });
    expect(packedBundle(root)).toBeUndefined();
    writePacked();
    writeFileSync(entry(), 'module.exports = { edited: true };\n');
    expect(packedBundle(root)).toBeUndefined();
    rmSync(packedManifestPath(root));
    expect(packedBundle(root)).toBeUndefined();
  });

  it('leaves a checkout manifest to decide when there is one', () => {
    writePacked();
    writeManifest(['dist/a.js']);
    expect(freshBundle(root)).toBe(join(root, 'dist', 'bundle', 'b-1', 'main.cjs'));
  });
});
