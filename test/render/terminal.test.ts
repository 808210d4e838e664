// The terminal report: colour by the conventions (TTY, NO_COLOR, FORCE_COLOR), wrapping with a hanging indent,
// and the first screen holding the figures, the paste-ready block and the verdict.
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, tempRoot } from '../diagnose/helpers.js';
import { runCli } from '../../src/cli/main.js';
import { terminalFor, wantsColor, wrap, type Terminal } from '../../src/render/terminal.js';

describe('wantsColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true], // empty NO_COLOR is unset (no-color.org)
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true], // FORCE_COLOR wins, as in Node
  ])('%j on a TTY=%s: %s', (env, tty, want) => expect(wantsColor(env, tty)).toBe(want));
});

describe('terminalFor', () => {
  it.each([
    [{}, true, 120, 120],
    [{}, false, 120, undefined], // a pipe is never wrapped
    [{ COLUMNS: '90' }, true, undefined, 90],
    [{ COLUMNS: '90' }, true, 0, 90], // a pty without a size
    [{}, true, 20, undefined], // too narrow to help
  ])('%j TTY=%s columns=%s: width %s', (env, tty, cols, width) => expect(terminalFor(env, tty, cols).width).toBe(width));
});

describe('wrap', () => {
  const t: Terminal = { color: false, width: 40 };
  it('breaks at spaces within the width and indents continuation lines', () => {
    const lines = wrap(t, '    warning  file:3  one two three four five six seven eight nine ten', 13);
    expect(lines).toEqual(['    warning  file:3  one two three four', '             five six seven eight nine', '             ten']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
  });
  it('keeps a word longer than the width whole', () => {
    const long = 'a/'.repeat(30) + 'b';
    expect(wrap(t, `  x ${long} y`, 4)).toEqual(['  x', `    ${long}`, '    y']);
  });
  it('leaves a short line and an unwrapped terminal alone', () => {
    expect(wrap(t, 'short', 4)).toEqual(['short']);
    expect(wrap({ color: false, width: undefined }, 'x '.repeat(100), 4)).toEqual(['x '.repeat(100)]);
  });
});

describe('the text report on a terminal', () => {
  // The example as a developer has it before committing (a copy outside git): committed files are never suggested.
  const { root, cleanup } = tempRoot('dsg-terminal-');
  afterAll(cleanup);
  const outside = join(root, 'outside');
  copyTree('examples', join(outside, 'examples'));
  const run = (env: Record<string, string>, tty: boolean) =>
    runCli(['examples/node-monorepo'], { cwd: outside, env, stdoutIsTTY: tty, stdoutColumns: 80 });

  it('colours on a TTY, not with NO_COLOR, not in a pipe, and in a pipe with FORCE_COLOR', async () => {
    const has = (s: string): boolean => s !== stripVTControlCharacters(s);
    expect(has((await run({}, true)).stdout)).toBe(true);
    expect(has((await run({ NO_COLOR: '1' }, true)).stdout)).toBe(false);
    expect(has((await run({}, false)).stdout)).toBe(false);
    expect(has((await run({ FORCE_COLOR: '1' }, false)).stdout)).toBe(true);
  });

  it('wraps to the width, puts the block and the verdict on the first screen, the block unbroken', async () => {
    const r = await run({ NO_COLOR: '1' }, true);
    const lines = r.stdout.split('\n');
    const block = [
      '# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)',
      'packages/web/design/mockups.psd',
      '**/dist',
    ];
    for (const l of lines) if (!block.some((b) => l.trim() === b)) expect(l.length, l).toBeLessThanOrEqual(80);
    const firstScreen = lines.slice(0, 24).join('\n');
    expect(firstScreen).toMatch(/^ {2}context +1\.81 MB/m);
    expect(firstScreen).toMatch(/^ {2}Append to examples\/node-monorepo\/\.dockerignore/m);
    for (const b of block) expect(lines).toContain(`    ${b}`);
    expect(firstScreen).toMatch(/^Budgets: none set$/m);
    expect(lines.indexOf('Budgets: none set')).toBeLessThan(lines.findIndex((l) => l.startsWith('  Largest files')));
    // Findings wrap with a hanging indent under the message.
    const i = lines.findIndex((l) => l.startsWith('    warning  examples/node-monorepo/.dockerignore:2'));
    expect(lines[i + 1]).toMatch(/^ {13}\S/);
  });

  it('writes the same words unwrapped and uncoloured to a pipe', async () => {
    const pipe = (await run({}, false)).stdout;
    const tty = stripVTControlCharacters((await run({}, true)).stdout);
    expect(tty.replace(/\s+/g, ' ')).toBe(pipe.replace(/\s+/g, ' '));
  });
});
