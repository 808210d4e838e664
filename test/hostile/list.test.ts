// --list with hostile names (issue 14 item 8): a newline inside a name, ESC sequences, a leading
// "::error::", quotes, backslashes, non-ASCII, bidi controls. Line mode quotes exactly as
// `git -c core.quotePath=false ls-files` does (checked against git itself), and also quotes bidi
// controls and workflow commands; -z/--null is NUL-separated exactly as `git ls-files -z`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotePath } from '../../src/render/list.js';
import { escapeMarkdown } from '../../src/render/escape.js';
import { escapeUnsafe } from '../../src/util/terminal.js';
import { cli, finished, tempDir } from './bounded.js';

const names = ['plain.txt', 'a\nb', '\u001b[31mred', 'tab\there', 'q"uote', 'back\\slash', 'café', 'sp ace', '\u007fdel', '日本'];

function gitLsFiles(dir: string, z: boolean): string {
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  return git('-c', 'core.quotePath=false', 'ls-files', ...(z ? ['-z'] : [])).stdout;
}

describe('--list names (item 8)', () => {
  const fresh = (): string => {
    const dir = tempDir('list-');
    for (const n of names) writeFileSync(join(dir, n), '');
    return dir;
  };

  it('line mode quotes unusual names exactly as git -c core.quotePath=false ls-files does', async () => {
    const dir = fresh();
    const r = finished(await cli(['--list', 'context', dir]));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(gitLsFiles(dir, false));
    expect(r.stdout.split('\n').length).toBe(names.length + 1); // a newline inside a name no longer makes two lines
    expect(r.stdout).not.toContain('\u001b');
  });

  it('-z separates the raw names with NUL bytes exactly as git ls-files -z', async () => {
    const dir = fresh();
    const r = finished(await cli(['--list', 'context', '-z', dir]));
    const again = finished(await cli(['--null', '--list', 'context', dir]));
    expect(r.stdout).toBe(gitLsFiles(dir, true));
    expect(again.stdout).toBe(r.stdout);
  });

  it('a name with a bidi control is quoted, the control in octal', async () => {
    const d = tempDir('list-bidi-');
    writeFileSync(join(d, 'rtl\u202etxt.exe'), '');
    const r = finished(await cli(['--list', 'context', d]));
    expect(r.stdout).toBe('"rtl\\342\\200\\256txt.exe"\n');
  });

  it('a name starting with a workflow command is quoted', async () => {
    const d = tempDir('list-cmd-');
    writeFileSync(join(d, '::error::forged'), '');
    const r = finished(await cli(['--list', 'context', d]));
    expect(r.stdout).toBe('"::error::forged"\n');
    expect(quotePath('  ::warning::x')).toBe('"  ::warning::x"');
    // Characters above U+FFFF are not bytes to quote (a pair of surrogates, not a lone one).
    expect(quotePath('💩.txt')).toBe('💩.txt');
    expect(quotePath('a\udc9bb')).toBe('"a\\233b"');
    // The same raw byte in a text or markdown report: shown as the byte, never written raw (0x9b is an 8-bit CSI).
    expect(escapeUnsafe('c1\udc9b31mX.log')).toBe('c1\\x9b31mX.log');
    expect(escapeUnsafe('💩')).toBe('💩');
    expect(escapeMarkdown('c1\udc9b31mX.log')).toBe('c1�31mX.log');
  });

  it('a byte that is not UTF-8 is quoted as that byte in octal in line mode, and written raw with -z', async () => {
    const d = tempDir('list-raw-');
    writeFileSync(Buffer.concat([Buffer.from(d + '/'), Buffer.from([0x61, 0x9b, 0x62])]), 'x');
    const line = finished(await cli(['--list', 'context', d]));
    expect(line.stdout).toBe('"a\\233b"\n');
    const z = finished(await cli(['--list', 'context', '-z', d]));
    // The child's stdout is read as UTF-8 here, so the raw byte shows as U+FFFD: it was written raw, not quoted.
    expect(z.stdout).toBe('a\ufffdb\0');
  });

  it('-z without --list is a usage error', async () => {
    const r = finished(await cli(['-z', fresh()]));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('-z/--null');
  });
});

describe('Low: bidi controls in markdown', () => {
  it('a file name with U+202E reaches the comment as a visible <U+202E>, never the raw control', async () => {
    const { escapeMarkdown } = await import('../../src/render/escape.js');
    const name = 'invoice\u202Efdp.exe\u2066x\u2069\u0085';
    const md = escapeMarkdown(name);
    expect(md).toBe('invoice&lt;U+202E&gt;fdp.exe&lt;U+2066&gt;x&lt;U+2069&gt;�');
    expect(md).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0080-\u009f]/);
  });

  it('through the CLI: the markdown report of a context holding such a file', async () => {
    const d = tempDir('bidi-');
    writeFileSync(join(d, 'evil\u202Etxt.exe'), Buffer.alloc(20_000));
    const r = finished(await cli(['--format', 'markdown', d]));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('evil&lt;U+202E&gt;txt.exe');
    expect(r.stdout).not.toContain('\u202E');
  });

  it('the text report on a terminal shows such names escaped too', async () => {
    const d = tempDir('bidi-text-');
    writeFileSync(join(d, 'evil\u202Etxt.exe'), Buffer.alloc(20_000));
    writeFileSync(join(d, 'esc\u001b[2Jname'), Buffer.alloc(20_000));
    const r = finished(await cli([d]));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('evil\\u{202e}txt.exe');
    expect(r.stdout).toContain('esc\\x1b[2Jname');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
  });
});
