import type { CompatReport } from '../types.js';

/** Exactly one JSON object: `{ mode, compatible, bump, changes }` (issue 5's shape). */
export function jsonFormat(report: CompatReport): string {
  const { mode, compatible, bump, changes } = report;
  return `${JSON.stringify({ mode, compatible, bump, changes })}\n`;
}
