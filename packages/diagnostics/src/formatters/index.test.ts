import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../diagnostic.js';
import { NASTY } from '../test-support/nasty.js';
import { FORMATS, formatDiagnostics, isFormat, shouldUseColor } from './index.js';

describe('formatDiagnostics', () => {
  it('produces deterministic output in every format, whatever the input order', () => {
    for (const format of FORMATS) {
      expect(formatDiagnostics([...NASTY].reverse(), format), format).toBe(formatDiagnostics(NASTY, format));
    }
  });

  it('knows its formats', () => {
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('xml')).toBe(false);
  });
});

describe('shouldUseColor', () => {
  it('colours a TTY unless NO_COLOR is set to a non-empty value', () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(shouldUseColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { FORCE_COLOR: '1', NO_COLOR: 'yes' })).toBe(false);
  });
});

describe('exitCodeFor', () => {
  it('is 1 when any finding is an error, else 0', () => {
    expect(exitCodeFor(NASTY)).toBe(1);
    expect(exitCodeFor(NASTY.filter((d) => d.severity !== 'error'))).toBe(0);
    expect(exitCodeFor([])).toBe(0);
  });
});
