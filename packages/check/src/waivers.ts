import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '@ndd/diagnostics';

/**
 * A reviewed exception: one breaking change, identified by its fingerprint, accepted by an
 * approver for a reason until an expiry date. Waivers live in `ndd.waivers.json` beside the
 * dictionary config, reviewed like code; an expired waiver fails the check.
 */
export interface Waiver {
  readonly fingerprint: string;
  readonly schema: string;
  readonly rule: string;
  readonly reason: string;
  readonly approver: string;
  /** Last day the waiver holds (ISO date, inclusive). */
  readonly expires: string;
}

/** The fingerprint of one breaking change: stable while the change stays the same. */
export function fingerprintOf(schemaId: string, rule: string, pointer: string, beforeHash: string, afterHash: string): string {
  return createHash('sha256').update([schemaId, rule, pointer, beforeHash, afterHash].join('\n')).digest('hex').slice(0, 16);
}

/** Reads the waivers file; a missing file is no waivers, a broken one is a diagnostic. */
export async function readWaivers(path: string, file: string): Promise<{ waivers: Waiver[]; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { waivers: [], diagnostics: [] };
  }
  const bad = (message: string): { waivers: Waiver[]; diagnostics: Diagnostic[] } => ({
    waivers: [],
    diagnostics: [{ code: 'invalid-waivers', severity: 'error', message, file, hint: 'ndd.waivers.json is {"waivers": [{fingerprint, schema, rule, reason, approver, expires}]}.' }],
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return bad(`The waivers file is not valid JSON: ${(error as Error).message}`);
  }
  const list = (value as { waivers?: unknown })?.waivers;
  if (!Array.isArray(list)) return bad('The waivers file has no "waivers" array.');
  const fields = ['fingerprint', 'schema', 'rule', 'reason', 'approver', 'expires'] as const;
  for (const [i, w] of list.entries()) {
    const missing = fields.filter((f) => typeof (w as Record<string, unknown>)?.[f] !== 'string' || (w as Record<string, string>)[f]!.trim() === '');
    if (missing.length > 0) return bad(`Waiver ${i} lacks ${missing.join(', ')}.`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test((w as Waiver).expires)) return bad(`Waiver ${i}: "expires" must be a date (YYYY-MM-DD).`);
  }
  return { waivers: list as Waiver[], diagnostics: [] };
}
