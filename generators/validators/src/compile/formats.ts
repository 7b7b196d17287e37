import { STANDARD_FORMAT_MODULES } from '../runtime/standard-formats.js';

/** Where a generated module imports a format's checker and message from. */
export interface FormatImport {
  /** Module specifier: a bare `@ndd/formats/…` subpath, or a path inside `validators/_runtime/`. */
  readonly specifier: string;
  /** Whether `specifier` is relative to `validators/_runtime/` (ndd's own standard formats). */
  readonly runtime: boolean;
  readonly check: string;
  readonly message: string;
}

/**
 * ndd's formats (one @ndd/formats module each, named after the format: `vn-tax-code` →
 * `isVnTaxCode`, `vnTaxCodeMessage`). Listed, not derived, so that a new format is a reviewed
 * change; a test checks each name against @ndd/formats' exports.
 */
export const NDD_FORMATS: readonly string[] = [
  'vn-personal-id',
  'vn-tax-code',
  'vn-mobile-phone',
  'vn-landline-phone',
  'vn-phone',
  'vn-phone-e164',
  'partial-date',
  'vn-social-insurance-number',
  'vn-health-insurance-card-code',
];

/** How to import the checker of `format`, or `undefined` when no ESM checker exists. */
export function formatImport(format: string): FormatImport | undefined {
  if (NDD_FORMATS.includes(format)) {
    const camel = format.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    return {
      specifier: `@ndd/formats/${format}`,
      runtime: false,
      check: `is${camel[0]!.toUpperCase()}${camel.slice(1)}`,
      message: `${camel}Message`,
    };
  }
  if (Object.hasOwn(STANDARD_FORMAT_MODULES, format)) {
    return { specifier: `formats/${format}.js`, runtime: true, check: 'check', message: 'message' };
  }
  return undefined;
}

/** Every format a generated validator can check. */
export function supportedFormats(): string[] {
  return [...NDD_FORMATS, ...Object.keys(STANDARD_FORMAT_MODULES)];
}
