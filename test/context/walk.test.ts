// The walker and the tallies on real temporary trees (and, for an unreadable directory, on a
// filesystem that refuses to read it: as root, chmod cannot make a directory unreadable).
import * as fs from 'node:fs';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkContext, type WalkFs } from '../../src/context/walk.js';
import { Tally, type EntryKind } from '../../src/context/tally.js';
import { PatternMatcher } from '../../src/patterns/matcher.js';

const root = mkdtempSync(join(tmpdir(), 'dsg-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function make(files: Record<string, number>): string {
  const dir = mkdtempSync(join(root, 't-'));
  for (const [p, size] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), Buffer.alloc(size));
  }
  return dir;
}

function walk(dir: string, patterns: string[], fsImpl?: WalkFs) {
  const seen: [string, EntryKind][] = [];
  const unreadable: string[] = [];
  const tally = new Tally(3);
  walkContext(
    dir,
    new PatternMatcher(patterns),
    {
      entry(p, kind, size, inode) {
        seen.push([p, kind]);
        tally.add(p, kind, size, inode);
      },
      unreadable(p, e) {
        unreadable.push(`${p}: ${e.code}`);
        tally.markUnreadable(p);
      },
    },
    fsImpl,
  );
  return { seen, unreadable, totals: tally.finish() };
}

describe('walkContext + Tally', () => {
  it('totals, largest files and directories by included bytes', () => {
    const dir = make({ 'a/b/big.bin': 500, 'a/b/small.bin': 10, 'a/c.txt': 100, 'd/e.txt': 300, 'top.txt': 1 });
    const { totals } = walk(dir, ['a/b/small.bin']);
    expect(totals).toMatchObject({ bytes: 901, files: 4, symlinks: 0, directories: 3, unreadable: 0 });
    expect(totals.largestFiles).toEqual([
      { path: 'a/b/big.bin', bytes: 500 },
      { path: 'd/e.txt', bytes: 300 },
      { path: 'a/c.txt', bytes: 100 },
    ]);
    expect(totals.largestDirectories).toEqual([
      { path: 'a', bytes: 600, files: 2 },
      { path: 'a/b', bytes: 500, files: 1 },
      { path: 'd', bytes: 300, files: 1 },
    ]);
    expect(totals.shallow.map((s) => s.path)).toEqual(['a', 'a/b', 'd', 'd/e.txt', 'a/c.txt', 'top.txt']);
  });

  it('never descends into a pruned directory (an excluded directory is not even read)', () => {
    const dir = make({ 'models/w.bin': 5, 'src/a.py': 1 });
    const read: string[] = [];
    const spy: WalkFs = {
      opendirSync: (p, o) => {
        read.push(String(p).slice(dir.length) || '/');
        return fs.opendirSync(p, o as fs.OpenDirOptions);
      },
      lstatSync: (p) => fs.lstatSync(p),
    };
    walk(dir, ['models'], spy);
    expect(read.sort()).toEqual(['/', '/src']);
  });

  it('counts a hard-linked file once, as tar sends its content once', () => {
    const dir = make({ 'a.bin': 1000 });
    linkSync(join(dir, 'a.bin'), join(dir, 'b.bin'));
    const { totals } = walk(dir, []);
    expect([totals.files, totals.bytes]).toEqual([2, 1000]);
  });

  it('lists a symlink as an entry with its own size and never follows it', () => {
    const dir = make({ 'real/x': 7 });
    symlinkSync('real', join(dir, 'link'));
    symlinkSync('/nonexistent/target', join(dir, 'dangling'));
    const { seen, totals } = walk(dir, []);
    expect(
      seen
        .filter(([, k]) => k === 'symlink')
        .map(([p]) => p)
        .sort(),
    ).toEqual(['dangling', 'link']);
    expect(totals.bytes).toBe(7 + 'real'.length + '/nonexistent/target'.length);
  });

  it('an unreadable directory is a warning and counted as unknown, not a crash', () => {
    const dir = make({ 'ok/a': 1, 'secret/b': 2 });
    const denying: WalkFs = {
      opendirSync: (p, o) => {
        if (String(p).endsWith('/secret')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.opendirSync(p, o as fs.OpenDirOptions);
      },
      lstatSync: (p) => fs.lstatSync(p),
    };
    const { unreadable, totals } = walk(dir, [], denying);
    expect(unreadable).toEqual(['secret: EACCES']);
    expect([totals.files, totals.bytes, totals.unreadable]).toEqual([1, 1, 1]);
  });
});
