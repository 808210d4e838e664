import { escapeUnsafe } from './terminal.js';

/** The longest error line printed; the rest is cut ("…"), so no file content runs on unbounded. */
export const MAX_ERROR_LINE = 1000;

/** One safe line: newlines as spaces, control and bidi characters escaped, at most MAX_ERROR_LINE characters. */
export function safeLine(s: string): string {
  const line = escapeUnsafe(s.replace(/[\r\n]+/g, ' '));
  return line.length > MAX_ERROR_LINE ? line.slice(0, MAX_ERROR_LINE) + '…' : line;
}

/** Bad input from the user: reported as one line on stderr ("FILE:LINE: reason"), exit code 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }

  /** The one line the CLI prints. */
  oneLine(): string {
    const where = this.file === undefined ? '' : this.line === undefined ? `${this.file}: ` : `${this.file}:${this.line}: `;
    return safeLine(where + this.message);
  }
}

/** A command-line usage mistake: exit code 2. */
export class UsageError extends InputError {}
