/**
 * A message in the two languages every ndd diagnostic carries: Vietnamese (the language of the
 * law and of the stewards) and English.
 */
export interface BilingualMessage {
  readonly vi: string;
  readonly en: string;
}

/** A format checker: pure, total (never throws), `true` when the string is in the format. */
export type FormatChecker = (value: string) => boolean;
