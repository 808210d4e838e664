// Bytes the budget cannot see (issue 14 item 4 and its Low items): names that are not valid UTF-8
// are counted, listed and matched exactly; whenever bytes are unknown (an unreadable directory,
// a path beyond PATH_MAX) a budget cannot pass silently; a directory of 1,000,000 entries is
// streamed in batches, never materialised. Real temporary trees, except the 1M-entry directory,
// which is a simulated filesystem that counts how many entries the walker holds at once.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBudget } from '../../src/budget/budgets.js';
import { decide } from '../../src/budget/decide.js';
import { runCli } from '../../src/cli/run.js';
import { compareReports } from '../../src/compare/compare.js';
import { measureTarget } from '../../src/targets/context.js';
import { walkContext, type WalkFs } from '../../src/context/walk.js';
import { Tally } from '../../src/context/tally.js';
import { PatternMatcher } from '../../src/patterns/matcher.js';
import { buildReport } from '../../src/model/build.js';
import type { Report } from '../../src/model/report.js';
import { nameBytes } from '../../src/util/names.js';

const root = mkdtempSync(join(tmpdir(), 'dsg-names-'));
afterAll(() => execFileSync('rm', ['-rf', root])); // rm copes with paths beyond PATH_MAX

/** "f\xff.bin": not valid UTF-8 (readdir in UTF-8 returns "f\uFFFD.bin", which lstat cannot find). */
const BAD = Buffer.from([0x66, 0xff, 0x2e, 0x62, 0x69, 0x6e]);
const BAD2 = Buffer.from([0x66, 0xfe, 0x2e, 0x62, 0x69, 0x6e]); // decodes to the same lossy string as BAD
const BAD_DIR = Buffer.from([0x64, 0xc3, 0x28]); // "d" + a truncated two-byte sequence

function badTree(): string {
  const dir = mkdtempSync(join(root, 't-'));
  const d = Buffer.from(dir + '/');
  writeFileSync(Buffer.concat([d, BAD]), Buffer.alloc(2_000_000));
  writeFileSync(Buffer.concat([d, BAD2]), Buffer.alloc(1_000));
  mkdirSync(Buffer.concat([d, BAD_DIR]));
  writeFileSync(Buffer.concat([d, BAD_DIR, Buffer.from('/inner.txt')]), Buffer.alloc(500_000));
  writeFileSync(join(dir, 'ok.txt'), 'hello');
  return dir;
}

function walk(dir: string, patterns: string[], fsImpl?: WalkFs) {
  const paths: string[] = [];
  const unreadable: string[] = [];
  const tally = new Tally(5);
  walkContext(
    dir,
    new PatternMatcher(patterns),
    {
      entry(p, kind, size, inode) {
        paths.push(p);
        tally.add(p, kind, size, inode);
      },
      unreadable(p, e) {
        unreadable.push(`${p}: ${e.code}`);
        tally.markUnreadable(p);
      },
    },
    fsImpl,
  );
  return { paths, unreadable, totals: tally.finish() };
}

describe('names that are not valid UTF-8', () => {
  it('are counted with their bytes, each once, by their exact bytes', () => {
    const { paths, unreadable, totals } = walk(badTree(), []);
    expect(unreadable).toEqual([]);
    expect(totals).toMatchObject({ files: 4, directories: 1, bytes: 2_000_000 + 1_000 + 500_000 + 5, unreadable: 0 });
    expect(paths.map((p) => nameBytes(p).toString('hex')).sort()).toEqual(
      [BAD, BAD2, BAD_DIR, Buffer.concat([BAD_DIR, Buffer.from('/inner.txt')]), Buffer.from('ok.txt')].map((b) => b.toString('hex')).sort(),
    );
  });

  it('are matched as Go matches bytes: an invalid byte is one character for "?" and "*"', () => {
    expect(walk(badTree(), ['*.bin']).totals.bytes).toBe(500_000 + 5);
    expect(walk(badTree(), ['f?.bin']).totals.bytes).toBe(500_000 + 5);
    expect(walk(badTree(), ['f??.bin']).totals.bytes).toBe(2_000_000 + 1_000 + 500_000 + 5);
    expect(walk(badTree(), ['d*']).totals.bytes).toBe(2_000_000 + 1_000 + 5);
  });

  it('--list context -z prints their exact bytes (and the dist bundle writes them raw); line mode quotes them', async () => {
    const dir = badTree();
    const r = await runCli([dir, '--list', 'context', '-z'], { cwd: root });
    expect(r.code).toBe(0);
    const names = r.stdout
      .split('\0')
      .filter(Boolean)
      .map((l) => nameBytes(l).toString('hex'))
      .sort();
    expect(names).toEqual(
      [BAD, BAD2, Buffer.concat([BAD_DIR, Buffer.from('/inner.txt')]), Buffer.from('ok.txt')].map((b) => b.toString('hex')).sort(),
    );
    const out = spawnSync(process.execPath, ['dist/cli.js', dir, '--list', 'context', '-z']);
    expect(out.status).toBe(0);
    expect(out.stdout.includes(Buffer.concat([BAD, Buffer.from('\0')]))).toBe(true);
    expect(out.stdout.includes(Buffer.concat([BAD_DIR, Buffer.from('/inner.txt\0')]))).toBe(true);
    // Line mode: each byte that is not UTF-8 as an octal escape inside quotes (git's quoting), never raw.
    const lines = await runCli([dir, '--list', 'context'], { cwd: root });
    expect(lines.stdout.split('\n').filter(Boolean).length).toBe(4);
    expect(lines.stdout).not.toMatch(/[\udc80-\udcff]/);
    expect(lines.stdout).toMatch(/^".*\\[23][0-7][0-7].*"$/m);
  });

  it('--budget-context 1MB fails: their 2.5 MB are seen', async () => {
    const r = await runCli([badTree(), '--budget-context', '1MB', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.targets[0]!.context.bytes).toBe(2_501_005);
    expect(report.targets[0]!.warnings.filter((w) => /cannot read/.test(w))).toEqual([]);
  });
});

describe('unknown bytes never pass a budget silently', () => {
  it('a path beyond PATH_MAX is unknown, and the budget is unchecked and failing', async () => {
    const dir = mkdtempSync(join(root, 'deep-'));
    // 20 levels of 250-character names: 5,000+ bytes, beyond Linux's PATH_MAX of 4,096.
    const seg = 'd'.repeat(250);
    execFileSync('bash', [
      '-c',
      `cd "$1" && for i in $(seq 20); do mkdir ${seg} && cd ${seg}; done && head -c 3000000 /dev/zero > big.bin`,
      'x',
      dir,
    ]);
    writeFileSync(join(dir, 'small.txt'), 'x');
    const r = await runCli([dir, '--budget-context', '1MB'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unreadable/);
    expect(r.stdout).toMatch(/context.*unchecked/);
    const j = await runCli([dir, '--budget-context', '1MB', '--format', 'json'], { cwd: root });
    const report = JSON.parse(j.stdout) as Report & { verdict: { failed: boolean; unchecked: { key: string; reason: string }[] } };
    expect(report.targets[0]!.context.unreadable).toBeGreaterThan(0);
    expect(report.verdict.failed).toBe(true);
    expect(report.verdict.unchecked.map((u) => u.key)).toEqual(['context']);
    expect(report.verdict.unchecked[0]!.reason).toMatch(/could not be read/);
    // The comment says the same everywhere: the headline, the list, and the target's Budget cell.
    const md = (await runCli([dir, '--budget-context', '1MB', '--format', 'markdown'], { cwd: root })).stdout;
    expect(md).toMatch(/could not be checked/);
    const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes('deep-'))!;
    expect(row).toContain('❌');
    expect(row).not.toContain('✅');
  });

  it('an unreadable directory leaves the budget unchecked and failing, even when the bytes seen are under it', async () => {
    const dir = mkdtempSync(join(root, 'deny-'));
    mkdirSync(join(dir, 'secret'));
    writeFileSync(join(dir, 'secret', 'x'), Buffer.alloc(10));
    writeFileSync(join(dir, 'a.txt'), 'a');
    const denying: WalkFs = {
      ...fs,
      opendirSync: ((p: fs.PathLike, o?: fs.OpenDirOptions) => {
        if (String(p).endsWith('/secret')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.opendirSync(p, o);
      }) as WalkFs['opendirSync'],
      readdirSync: ((p: string, o: never) => {
        if (String(p).endsWith('/secret')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.readdirSync(p, o);
      }) as never,
    } as WalkFs;
    const m = await measureTarget(
      { contextArg: dir, contextDir: dir, dockerfile: undefined, buildArgs: {}, top: 5, wantCopied: false, display: (p) => p },
      denying,
    );
    expect(m.report.context).toMatchObject({ bytes: 1, unreadable: 1 });
    expect(m.report.warnings.join('\n')).toMatch(/cannot read secret: EACCES/);
    const comparison = compareReports(buildReport('test', [m.report]), undefined, { minChange: { kind: 'bytes', bytes: 0, text: '0B' } });
    const failing = decide(comparison, () => [parseBudget('context', 'fail', '1MB', 'test')], true);
    expect(failing.failed).toBe(true);
    expect(failing.unchecked).toEqual([
      {
        target: m.report.name,
        key: 'context',
        reason: '1 entry could not be read: the figure is a lower bound',
        level: 'fail',
        unknown: true,
      },
    ]);
    const warning = decide(comparison, () => [parseBudget('context', 'warn', '1MB', 'test')], true);
    expect([warning.failed, warning.unchecked.length]).toEqual([false, 1]);
    const over = decide(comparison, () => [parseBudget('context', 'fail', '0B', 'test')], true);
    expect([over.failed, over.breaches.length, over.unchecked.length]).toEqual([true, 1, 0]); // a lower bound over the limit is a breach
  });
});

describe('a directory of 1,000,000 entries', () => {
  it('is read in batches: the walker never holds more than a few thousand of its entries', () => {
    const N = 1_000_000;
    let produced = 0;
    let visited = 0;
    let most = 0;
    const dirent = (i: number): fs.Dirent =>
      ({
        name: `f${i}`,
        isDirectory: () => false,
        isFile: () => true,
        isSymbolicLink: () => false,
        isFIFO: () => false,
        isSocket: () => false,
        isBlockDevice: () => false,
        isCharacterDevice: () => false,
      }) as fs.Dirent;
    const stats = { size: 1, nlink: 1, isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false } as fs.Stats;
    const note = () => (most = Math.max(most, produced - visited));
    const sim = {
      readdirSync: (p: string) => {
        if (p !== '/sim') throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
        return Array.from({ length: N }, (_, i) => {
          produced++;
          note();
          return dirent(i);
        });
      },
      opendirSync: (p: string) => {
        if (String(p) !== '/sim') throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
        let i = 0;
        return {
          readSync: () => {
            if (i >= N) return null;
            produced++;
            note();
            return dirent(i++);
          },
          closeSync: () => undefined,
        };
      },
      // As ext4 reports a directory of 1,000,000 entries: about 24 bytes of directory blocks per entry.
      lstatSync: (p: string) => (p === '/sim' ? { ...stats, size: N * 24, isDirectory: () => true, isFile: () => false } : stats),
    } as unknown as WalkFs;
    let files = 0;
    walkContext(
      '/sim',
      new PatternMatcher([]),
      {
        entry() {
          visited++;
          files++;
        },
        unreadable(_p, e) {
          throw e;
        },
      },
      sim,
    );
    expect(files).toBe(N);
    expect(most).toBeLessThanOrEqual(4096);
  });
});
