// The bits of HTML the markdown renderers share (GitHub allows <details>, <summary> and <span title>).
import { formatBytes } from '../util/units.js';

/** Human size with the exact byte count on hover; '–' for a figure that is not a byte count. */
export function sizeCell(bytes: number): string {
  if (!Number.isSafeInteger(bytes)) return '–';
  return `<span title="${bytes} bytes">${formatBytes(bytes)}</span>`;
}

/** A collapsible section; `summary` and `body` must already be escaped. */
export function detailsSection(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`;
}
