// The index reader against git itself: versions 2, 3 (extended flags) and 4 (compressed paths), a context below
// the work tree's root, submodules left out; and the index the corpus replays write, read back by git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitIndexError, parseGitIndex, writeGitIndex } from '../../src/diagnose/git-index.js';
import { tempRoot, writeTree } from './helpers.js';

const { root, cleanup } = tempRoot('dsg-git-index-');
afterAll(cleanup);
const git = (cwd: string, ...args: string[]): string =>
  execFileSync(
    'git',
    ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'user.email=t@t', '-c', 'user.name=t', ...args],
    { cwd, encoding: 'utf8' },
  );

const FILES = {
  'a.txt': 'a',
  'src/app/main.py': 'p',
  'src/app/ümlaut ü.txt': 'u',
  'deep/er/and/deeper/x.json': '{}',
  'src/lib.rs': 'r',
  'src-other/z': 'z',
};

describe.each([2, 3, 4])('index version %i', (version) => {
  it('names exactly what `git ls-files` names, under the context and relative to it', () => {
    const dir = writeTree(join(root, `v${version}`), FILES);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    if (version === 3) {
      writeFileSync(join(dir, 'ita.txt'), 'i');
      git(dir, 'add', '-N', 'ita.txt'); // intent to add: an extended flag, so git writes version 3
    }
    git(dir, 'update-index', '--index-version', String(version));
    const buf = readFileSync(join(dir, '.git/index'));
    expect(buf.readUInt32BE(4)).toBe(version);
    const all = parseGitIndex(buf, '');
    const listed = git(dir, 'ls-files', '-z').split('\0').filter(Boolean);
    expect(all.count).toBe(listed.length);
    for (const p of listed) expect(all.file(p)).toBe(true);
    expect(all.dir('src/app')).toBe(true);
    expect(all.dir('src/ap')).toBe(false);
    expect(all.file('src')).toBe(false);
    const src = parseGitIndex(buf, 'src');
    expect([src.file('app/main.py'), src.file('lib.rs'), src.file('z'), src.dir('app')]).toEqual([true, true, false, true]);
    expect(src.count).toBe(3); // not src-other/
  });
});

describe('the replay index', () => {
  it('git reads the index the corpus writes, and so does the parser', () => {
    const dir = join(root, 'written');
    mkdirSync(join(dir, '.git'), { recursive: true });
    git(dir, 'init', '-q');
    const paths = ['b/c.txt', 'a.txt', 'b/a b.txt', 'ü/x'];
    writeFileSync(join(dir, '.git/index'), writeGitIndex(paths));
    expect(git(dir, 'ls-files', '-z').split('\0').filter(Boolean)).toEqual(['a.txt', 'b/a b.txt', 'b/c.txt', 'ü/x']);
    expect(parseGitIndex(readFileSync(join(dir, '.git/index')), '').count).toBe(4);
  });

  it('a broken index is refused, not half read', () => {
    expect(() => parseGitIndex(Buffer.from('nope'), '')).toThrow(GitIndexError);
    const good = writeGitIndex(['a', 'b']);
    expect(() => parseGitIndex(good.subarray(0, 40), '')).toThrow(GitIndexError);
  });
});

describe('sparse and split indexes', () => {
  it("a sparse index's directory entries make everything below them tracked", () => {
    const dir = writeTree(join(root, 'sparse'), { 'in/a.txt': 'a', 'out/deep/b.txt': 'b', 'out/c.txt': 'c' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'x');
    git(dir, 'sparse-checkout', 'init', '--cone', '--sparse-index');
    git(dir, 'sparse-checkout', 'set', 'in');
    const t = parseGitIndex(readFileSync(join(dir, '.git/index')), '');
    expect([t.file('in/a.txt'), t.file('out/deep/b.txt'), t.file('out/c.txt'), t.dir('out'), t.dir('out/deep'), t.file('nope')]).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('a split index is refused (its shared part is elsewhere): judged as without git', () => {
    const dir = writeTree(join(root, 'split'), { 'a.txt': 'a' });
    git(dir, 'init', '-q');
    git(dir, '-c', 'core.splitIndex=true', 'add', '.');
    git(dir, 'update-index', '--split-index');
    expect(() => parseGitIndex(readFileSync(join(dir, '.git/index')), '')).toThrow(/split index/);
  });
});
