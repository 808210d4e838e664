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
    return (where + this.message).replace(/[\r\n]+/g, ' ');
  }
}

/** A command-line usage mistake: exit code 2. */
export class UsageError extends InputError {}
