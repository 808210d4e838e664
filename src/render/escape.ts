// Text that reaches markdown (PR comments, job summaries) comes from file names and Dockerfiles,
// which anyone can write. Everything is escaped so that it cannot break a table, ping a user,
// link an issue or inject HTML. markdown-table does not escape '|' itself. Unicode bidirectional
// controls (U+202E "Trojan Source" and kin), which would reorder what a reviewer reads, are shown as
// "<U+202E>"; an HTML entity would not do, GitHub renders it as the character itself.

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
  $: '&#36;', // no math blocks
};

const MAX_NAME = 160;

/** Bidirectional formatting characters (Unicode Bidi_Control), plus the zero-width no-break space. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Escapes untrusted text for inline markdown (table cells included); newlines become a visible ⏎. */
export function escapeMarkdown(s: string): string {
  const shortened = s.length > MAX_NAME ? s.slice(0, MAX_NAME / 2 - 1) + '…' + s.slice(s.length - MAX_NAME / 2) : s;
  return (
    shortened
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '⏎')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '�')
      // A name's bytes that are not UTF-8 (lone surrogates, src/util/names.ts): JSON to GitHub cannot carry them.
      .replace(/[\ud800-\udfff]/gu, '�')
      .replace(/[&<>"|`@#*_~[\]\\$]/g, (ch) => ENTITIES[ch]!)
      .replace(BIDI, (ch) => `&lt;U+${ch.codePointAt(0)!.toString(16).toUpperCase()}&gt;`)
      // No autolinked URLs from file names: GitHub links "scheme://" and "www." anywhere in text.
      .replace(/:\/\//g, '&#58;//')
      .replace(/\bwww\./gi, (m) => m.slice(0, 3) + '&#46;')
  );
}
