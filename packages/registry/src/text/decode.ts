import type { Diagnostic } from '@ndd/diagnostics';
import { MAX_FILE_BYTES } from '../constants.js';
import { LineIndex } from './line-index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The result of turning a file's bytes into text. */
export interface DecodedText {
  /** The text without a BOM; undefined when the bytes cannot be read as text at all. */
  readonly text: string | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Checks the byte-level conventions (size, UTF-8, no BOM, one line-ending style) and decodes.
 * A BOM or mixed line endings are reported but do not stop loading: the content is still usable.
 */
export function decodeFile(file: string, bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length > MAX_FILE_BYTES) {
    diagnostics.push({
      code: 'file-too-large',
      severity: 'error',
      message: `File is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES} bytes.`,
      file,
      hint: 'Split the schema: move reusable parts into their own files and reference them with $ref.',
    });
    return { text: undefined, diagnostics };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    diagnostics.push({
      code: 'invalid-encoding',
      severity: 'error',
      message: 'File is not valid UTF-8.',
      file,
      start: { line: 1, column: 1 },
      hint: 'Save the file as UTF-8 (without BOM).',
    });
    return { text: undefined, diagnostics };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    diagnostics.push({
      code: 'bom',
      severity: 'error',
      message: 'File starts with a byte-order mark (BOM).',
      file,
      start: { line: 1, column: 1 },
      hint: 'Save the file as UTF-8 without BOM (`ndd fmt` does it).',
    });
  }
  if (!text.includes('\r')) return { text, diagnostics }; // LF only: the common case, checked in one native scan
  const endings = lineEndingsOf(text);
  if (endings.kinds > 1) {
    diagnostics.push({
      code: 'mixed-line-endings',
      severity: 'error',
      message: `File mixes line endings (${endings.summary}).`,
      file,
      start: new LineIndex(text).positionAt(endings.firstMinorityOffset),
      hint: 'Use LF line endings only (`ndd fmt` does it; add `* text=auto eol=lf` to .gitattributes).',
    });
  } else if (endings.crlf > 0 || endings.cr > 0) {
    diagnostics.push({
      code: 'crlf-line-endings',
      severity: 'warning',
      message: 'File uses CRLF or CR line endings; the dictionary uses LF.',
      file,
      start: { line: 1, column: 1 },
      hint: 'Use LF line endings (`ndd fmt` does it).',
    });
  }
  return { text, diagnostics };
}

interface LineEndings {
  lf: number;
  crlf: number;
  cr: number;
  kinds: number;
  summary: string;
  /** Offset of the first line ending of the least frequent kind. */
  firstMinorityOffset: number;
}

function lineEndingsOf(text: string): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  const first = { lf: -1, crlf: -1, cr: -1 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        if (first.crlf < 0) first.crlf = i;
        crlf++;
        i++;
      } else {
        if (first.cr < 0) first.cr = i;
        cr++;
      }
    } else if (c === 10) {
      if (first.lf < 0) first.lf = i;
      lf++;
    }
  }
  const present = (
    [
      ['LF', lf, first.lf],
      ['CRLF', crlf, first.crlf],
      ['CR', cr, first.cr],
    ] as const
  ).filter(([, n]) => n > 0);
  const minority = [...present].sort((a, b) => a[1] - b[1])[0];
  return {
    lf,
    crlf,
    cr,
    kinds: present.length,
    summary: present.map(([name, n]) => `${n} ${name}`).join(', '),
    firstMinorityOffset: minority ? minority[2] : 0,
  };
}
