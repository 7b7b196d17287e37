/**
 * Indents the unformatted output of json-schema-to-typescript (`format: false`, one member a
 * line) by brace depth. Prettier would do it too, at a hundred times the cost.
 */
export function indent(code: string): string {
  let depth = 0;
  const out: string[] = [];
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      out.push('');
      continue;
    }
    if (/^[}\]]/.test(line)) depth = Math.max(0, depth - 1);
    const pad = '  '.repeat(depth);
    out.push(line.startsWith('*') ? `${pad} ${line}` : `${pad}${line}`);
    if (/[{[]$/.test(line) && !line.startsWith('*') && !line.startsWith('/*')) depth++;
  }
  return out.join('\n');
}
