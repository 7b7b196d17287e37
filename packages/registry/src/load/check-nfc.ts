import { childPointer } from '../text/pointer.js';
import type { FileContext } from './file-context.js';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Reports every key and string that is not in Unicode NFC. Vietnamese has two common ways to
 * encode a letter such as "ệ"; only the composed one (NFC) compares equal across systems.
 */
export function checkNfc(ctx: FileContext, value: unknown, pointer = ''): void {
  // Fast path: a file whose text is NFC and has no \u escapes holds only NFC strings. (An escape
  // such as \u0302 could spell a decomposed letter in ASCII text, so those files take the walk.)
  if (pointer === '' && !ctx.text.includes('\\u') && ctx.text.normalize('NFC') === ctx.text) return;
  walkNfc(ctx, value, pointer);
}

function walkNfc(ctx: FileContext, value: unknown, pointer: string): void {
  if (typeof value === 'string') {
    if (!ASCII.test(value) && value.normalize('NFC') !== value) report(ctx, pointer, value, 'value');
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkNfc(ctx, item, childPointer(pointer, i)));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = childPointer(pointer, key);
      if (!ASCII.test(key) && key.normalize('NFC') !== key) report(ctx, at, key, 'key');
      walkNfc(ctx, item, at);
    }
  }
}

function report(ctx: FileContext, pointer: string, text: string, at: 'key' | 'value'): void {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  ctx.report('not-nfc', 'error', `Text "${shown.normalize('NFC')}" is not in Unicode NFC (it uses decomposed characters).`, pointer, {
    at,
    hint: 'Normalise the file to NFC (`ndd fmt` does it; most editors have "Normalize to NFC").',
  });
}
