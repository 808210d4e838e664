// Text that reaches markdown (PR comments, job summaries) comes from file names and Dockerfiles,
// which anyone can write. Everything is escaped so that it cannot break a table, ping a user,
// link an issue or inject HTML. markdown-table does not escape '|' itself.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '#': '&#35;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '$': '&#36;', // no math blocks
};

const MAX_NAME = 160;

/** Escapes untrusted text for inline markdown (table cells included); newlines become a visible ⏎. */
export function escapeMarkdown(s: string): string {
  const shortened = s.length > MAX_NAME ? s.slice(0, MAX_NAME / 2 - 1) + '…' + s.slice(s.length - MAX_NAME / 2) : s;
  return shortened
    .replace(/\r\n|\r|\n/g, '⏎')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '�')
    .replace(/[&<>"|`@#*_~[\]\\$]/g, (ch) => ENTITIES[ch]!)
    // No autolinked URLs from file names: GitHub links "scheme://" and "www." anywhere in text.
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (m) => m.slice(0, 3) + '&#46;');
}
