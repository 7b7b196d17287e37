import type { Diagnostic, Severity } from '@ndd/diagnostics';
import { Locator } from '../text/locate.js';

/** One file being loaded: its text, a lazy locator, and the diagnostics found in it. */
export class FileContext {
  readonly diagnostics: Diagnostic[] = [];
  #locator: Locator | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  get locator(): Locator {
    this.#locator ??= new Locator(this.text);
    return this.#locator;
  }

  /**
   * Reports a finding at a JSON pointer. `at: 'key'` points at the member's key (for a keyword
   * or property name), `at: 'value'` at its value.
   */
  report(
    code: string,
    severity: Severity,
    message: string,
    pointer: string,
    options: { hint?: string; at?: 'key' | 'value'; data?: Record<string, unknown> } = {},
  ): void {
    const range = options.at === 'key' ? this.locator.keyRangeOf(pointer) : this.locator.rangeOf(pointer);
    this.diagnostics.push({
      code,
      severity,
      message,
      file: this.file,
      pointer,
      ...(range ? { start: range.start, end: range.end } : {}),
      ...(options.hint ? { hint: options.hint } : {}),
      ...(options.data ? { data: options.data } : {}),
    });
  }
}
