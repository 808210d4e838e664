// patterns/gitmatch.ts against git itself: random .gitignore files and trees, every path asked of
// `git check-ignore --no-index` (run with -c core.fsmonitor=false and no hooks) and of the linear matcher.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GitIgnoreMatcher } from '../../src/patterns/gitmatch.js';
import { tempDir } from './bounded.js';

function gitIgnored(dir: string, paths: string[]): Set<string> {
  const r = spawnSync(
    'git',
    ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z'],
    {
      cwd: dir,
      input: paths.join('\0') + '\0',
      encoding: 'utf8',
    },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`git check-ignore: ${r.stderr}`);
  return new Set(r.stdout.split('\0').filter(Boolean));
}

/** Builds the tree (the last component of each path a file, the others directories) and compares. */
function compare(gitignore: string, paths: string[]): { path: string; git: boolean; ours: boolean }[] {
  const dir = tempDir('git-');
  spawnSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, '.gitignore'), gitignore);
  const all = new Map<string, boolean>(); // path -> is a directory
  for (const p of paths) {
    const parts = p.split('/');
    for (let k = 1; k < parts.length; k++) all.set(parts.slice(0, k).join('/'), true);
  }
  for (const p of paths) if (!all.has(p)) all.set(p, false);
  for (const [p, isDir] of all) {
    if (isDir) mkdirSync(join(dir, p), { recursive: true });
  }
  for (const [p, isDir] of all) if (!isDir) writeFileSync(join(dir, p), '');
  const list = [...all.keys()].filter((p) => p !== '.git' && !p.startsWith('.git/'));
  const git = gitIgnored(dir, list);
  const m = new GitIgnoreMatcher(gitignore.split('\n').map((pattern, i) => ({ pattern, mark: i + 1 })));
  return list.map((p) => ({ path: p, git: git.has(p), ours: m.test(all.get(p) ? p + '/' : p).ignored }));
}

const table: [string, string[]][] = [
  ['*.log\n!keep.log\n', ['a.log', 'keep.log', 'd/b.log', 'd/keep.log']],
  ['build/\n', ['build/x', 'src/build/y', 'build.txt', 'x/build']],
  ['/root.txt\n', ['root.txt', 'd/root.txt']],
  ['a/**/b\n', ['a/b', 'a/x/b', 'a/x/y/b', 'b', 'c/a/x/b']],
  ['**/foo\n', ['foo', 'x/foo', 'x/y/foo/z']],
  ['abc/**\n', ['abc/x', 'abc/x/y', 'abcd/x']],
  ['a**b\n', ['ab', 'axxb', 'a/b/x']],
  ['x/a**b\n', ['x/ab', 'x/axb', 'x/a/b']],
  ['[abc]\n[!a]x\n[^b]y\n', ['a', 'd', 'ax', 'bx', 'by', 'cy']],
  ['[[:digit:]]*\n[[:alpha:]x\n', ['1a', 'a1', 'b', 'x', ':']],
  ['[]a]\n[a-]\n', [']', 'a', '-', 'b']],
  ['\\#hash\n\\!bang\n#comment\n', ['#hash', '!bang', '#comment']],
  ['trail \nesc\\ \n', ['trail', 'trail ', 'esc ', 'esc']],
  ['dir/\n!dir/keep\n', ['dir/keep', 'dir/other', 'x']],
  ['*\n!*/\n!*.txt\n', ['a.txt', 'b.bin', 'd/c.txt', 'd/e.bin']],
  ['x/**/**/**/**/**/**/y\n', ['x/y', 'x/a/b/c/d/e/f/g/y', 'x/a/y/z']],
  ['[z-a]\n[a\n?\n', ['a', 'z', 'q', 'qq', '[a']],
];

describe('gitignore semantics equal git check-ignore', () => {
  it.each(table)('%j', (gitignore, paths) => {
    const results = compare(gitignore, paths);
    expect(results.some((r) => r.git)).toBe(true); // git ignores something: the comparison is not vacuous
    expect(results.some((r) => !r.git)).toBe(true);
    expect(results.filter((r) => r.git !== r.ours)).toEqual([]);
  });

  it('random .gitignore files and trees (fast-check, fixed seed)', () => {
    const seg = fc.stringMatching(/^[ab*?[\]!\\-]{1,4}$/);
    const pattern = fc
      .tuple(fc.boolean(), fc.boolean(), fc.array(seg, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([neg, lead, segs, trail]) => (neg ? '!' : '') + (lead ? '/' : '') + segs.join('/') + (trail ? '/' : ''));
    const name = fc.stringMatching(/^[ab*?!-]{1,3}$/).filter((s) => s !== '.' && s !== '..');
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((a) => a.join('/'));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), fc.array(path, { minLength: 1, maxLength: 12 }), (patterns, paths) => {
        // a path cannot be both a file and a directory
        const dirs = new Set(
          paths.flatMap((p) =>
            p
              .split('/')
              .slice(0, -1)
              .map((_, k, a) => a.slice(0, k + 1).join('/')),
          ),
        );
        const files = paths.filter((p) => !dirs.has(p));
        const diff = compare(patterns.join('\n') + '\n', files).filter((r) => r.git !== r.ours);
        expect({ patterns, diff }).toEqual({ patterns, diff: [] });
      }),
      { seed: 14, numRuns: 150 },
    );
  });
});
