/**
 * `_runtime/codes.js`: code-list membership and validity at a date.
 *
 * A code list's module builds one `Map` code → `[validFrom, validTo]` (ISO dates, `validTo` the
 * last valid day, inclusive; `null` when open) from groups of codes sharing a period, so that
 * 3,321 commune codes cost one short string each, and membership is one hash lookup instead of
 * ajv's chain of 3,321 comparisons.
 *
 * Without a date, a code is valid when the list has it at all (old records stay readable); with
 * `{ asOf: "2024-05-01" }` it must also be in force on that day.
 */
export const CODES_JS = `const OPEN = null;

/** Builds the table from \`[validFrom, validTo, "code code …"]\` groups. */
export function codeTable(groups) {
  const table = new Map();
  for (const [from, to, codes] of groups) {
    const period = [from, to];
    for (const code of codes.split(" ")) table.set(code, period);
  }
  return table;
}

/** Builds the table for codes that are not strings (numbers, booleans, null). */
export function valueTable(groups) {
  const table = new Map();
  for (const [from, to, values] of groups) for (const value of values) table.set(value, [from, to]);
  return table;
}

const UNKNOWN = Object.freeze({ reason: "unknown" });

/**
 * \`null\` when \`value\` is a code of the table in force under \`context.asOf\` (any code when no
 * date is asked), else the error's params.
 */
export function codeStatus(table, value, context) {
  const period = table.get(value);
  if (period === undefined) return UNKNOWN;
  const asOf = context === undefined || context === null ? undefined : context.asOf;
  if (asOf === undefined || inForce(period, asOf)) return null;
  return { reason: "notInForce", asOf, validFrom: period[0], validTo: period[1] };
}

/** Whether a \`[validFrom, validTo]\` period contains the ISO date \`asOf\` (bounds inclusive). */
export function inForce(period, asOf) {
  return (period[0] === OPEN || period[0] <= asOf) && (period[1] === OPEN || asOf <= period[1]);
}
`;
