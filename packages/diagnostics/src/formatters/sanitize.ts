/**
 * Makes control characters visible, so that a hostile file or message cannot move the cursor,
 * clear the screen or hide text in a terminal. Tabs and line feeds are kept.
 */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) =>
    c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
