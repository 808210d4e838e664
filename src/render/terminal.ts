// How the text report meets a terminal: colour (node:util styleText) only on a TTY unless FORCE_COLOR says
// otherwise, never with NO_COLOR; long lines wrapped to the terminal's width with a hanging indent.
// Pure: the environment, the TTY flag and the width are passed in. Keeps nothing.
import { stripVTControlCharacters, styleText } from 'node:util';

export type Style = Parameters<typeof styleText>[0];

export interface Terminal {
  color: boolean;
  /** Columns to wrap to; undefined: do not wrap (a pipe or a file). */
  width: number | undefined;
}

/** Plain text, no wrapping: files, pipes, tests. */
export const PLAIN: Terminal = { color: false, width: undefined };

/** Below this a wrap does more harm than good (the hanging indent eats the line). */
const MIN_WIDTH = 40;

/**
 * Colour or not, by the conventions users set (https://no-color.org, https://force-color.org, Node's own order):
 * FORCE_COLOR wins (0/false turns colour off, any other value on, even in a pipe), then NO_COLOR (any non-empty
 * value: off), then a TTY whose TERM is not "dumb".
 */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** The terminal the CLI writes to: wrapped only on a TTY (to its width, or COLUMNS when the TTY gives none). */
export function terminalFor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean, columns: number | undefined): Terminal {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = !isTTY ? undefined : columns !== undefined && columns > 0 ? columns : Number.isFinite(fromEnv) ? fromEnv : undefined;
  return { color: wantsColor(env, isTTY), width: width !== undefined && width >= MIN_WIDTH ? width : undefined };
}

/** `text` in `style` when the terminal takes colour. */
export function paint(t: Terminal, style: Style, text: string): string {
  if (!t.color || text === '') return text;
  // validateStream: false — the decision is ours (wantsColor), made for the stream the CLI writes to.
  return styleText(style, text, { validateStream: false });
}

/**
 * One logical line as one or more terminal lines: broken at spaces to `t.width`, continuation lines indented by
 * `hang` spaces. A word longer than the width (a path) is kept whole on its own line. Colour escapes take no width.
 */
export function wrap(t: Terminal, line: string, hang: number): string[] {
  const width = t.width;
  if (width === undefined || visible(line) <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const words = line.slice(indent.length).split(' ');
  const out: string[] = [];
  let current = indent;
  let empty = true;
  const pad = ' '.repeat(Math.min(hang, width - MIN_WIDTH / 2));
  for (const word of words) {
    const candidate = empty ? current + word : `${current} ${word}`;
    if (!empty && visible(candidate) > width) {
      out.push(current);
      current = pad + word;
    } else current = candidate;
    empty = false;
  }
  out.push(current);
  return out;
}

/** Columns a line takes: code points, not counting colour escapes. */
function visible(line: string): number {
  return [...stripVTControlCharacters(line)].length;
}
