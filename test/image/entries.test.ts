// The compact layer entry list (src/image/entries.ts) and the archive reader that fills it from one reused
// buffer (src/image/sources/archive/read.ts reuseRead): the list gives back exactly what was pushed, the
// figures are the same from the list as from plain arrays, and layers written by GNU tar (pax long names,
// non-ASCII names, gzip and plain, several MiB so that every chunk boundary is crossed) list exactly what
// `tar -tvf` lists, from a `docker save`-style tar and from a directory.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryListFull, LayerEntries, type LayerEntry } from '../../src/image/entries.js';
import { compareBytes, diveFigures } from '../../src/image/dive.js';
import { computeWaste } from '../../src/image/waste.js';
import { indexImageTree } from '../../src/image/tree.js';
import { openArchive } from '../../src/image/sources/archive/read.js';
import { findImages } from '../../src/image/sources/archive/layout.js';
import { rawImagesOf } from '../../src/image/sources/archive/archive.js';

const sample: LayerEntry[] = [
  { path: 'usr', kind: 'dir', size: 0 },
  { path: 'usr/lib/a.py', kind: 'file', size: 10 },
  { path: 'usr/lib/b.py', kind: 'hardlink', size: 0 },
  { path: 'top', kind: 'file', size: 4_294_967_296 * 3 + 7 },
  { path: 'usr/lib/ünïcødé-名前.txt', kind: 'file', size: 1 },
  { path: 'usr/bin/sh', kind: 'symlink', size: 0 },
  { path: 'dev/null', kind: 'other', size: 0 },
  { path: 'usr/lib/.wh.old', kind: 'file', size: 0 },
  { path: 'usr/lib/.wh..wh..opq', kind: 'file', size: 0 },
];

describe('LayerEntries', () => {
  it('gives back every entry as pushed, in order (paths, kinds, sizes above 2^32, non-ASCII names)', () => {
    const list = LayerEntries.of(sample);
    expect(list.length).toBe(sample.length);
    expect([...list]).toEqual(sample);
    expect(list.get(4)).toEqual(sample[4]);
    expect(list.dir(1)).toBe('usr/lib');
    expect(list.name(1)).toBe('a.py');
    expect(list.dir(3)).toBe('');
    expect(list.directories).toBe(4); // '' (of usr and top), usr/lib, usr/bin, dev
  });

  it('stays readable and pushable after finish(), and grows past its first capacity', () => {
    const list = new LayerEntries();
    const want: LayerEntry[] = [];
    for (let i = 0; i < 5000; i++) {
      const e: LayerEntry = { path: `d${i % 37}/sub/${'n'.repeat(i % 50)}${i}`, kind: i % 3 === 0 ? 'dir' : 'file', size: i };
      list.push(e.path, e.kind, e.size);
      want.push(e);
      if (i === 2500) list.finish();
    }
    list.finish();
    expect([...list]).toEqual(want);
    expect(list.directories).toBe(37);
  });

  it('refuses names beyond its byte bound (one line, no partial entry)', () => {
    const list = new LayerEntries(64 * 1024);
    expect(() => {
      for (let i = 0; i < 100_000; i++) list.push(`d/${'x'.repeat(200)}${i}`, 'file', 1);
    }).toThrow(EntryListFull);
    expect(() => list.push(`d/${'x'.repeat(200)}`, 'file', 1)).toThrow(/the layer's names take more than 65536 bytes; refusing more/);
    expect(list.length).toBeLessThan(400);
    expect([...list].every((e) => e.path.startsWith('d/x'))).toBe(true);
  });

  it('the waste, dive and tree figures are the same from the list as from plain arrays', () => {
    const l0: LayerEntry[] = [
      { path: 'app', kind: 'dir', size: 0 },
      { path: 'app/a.bin', kind: 'file', size: 100 },
      { path: 'app/data/b.bin', kind: 'file', size: 50 },
      { path: 'etc/x', kind: 'file', size: 7 },
    ];
    const l1: LayerEntry[] = [
      { path: 'app/a.bin', kind: 'file', size: 30 },
      { path: 'app/data/.wh..wh..opq', kind: 'file', size: 0 },
      { path: 'app/data/c.bin', kind: 'file', size: 5 },
      { path: 'etc/.wh.x', kind: 'file', size: 0 },
    ];
    const arrays = [l0, l1];
    const lists = arrays.map((l) => LayerEntries.of(l));
    const wa = computeWaste(arrays);
    const wl = computeWaste(lists);
    expect({ ...wl, final: undefined }).toEqual({ ...wa, final: undefined });
    expect(wl.reclaimableBytes).toBe(157);
    expect(diveFigures(lists)).toEqual(diveFigures(arrays));
    expect(indexImageTree(wl.final, lists)).toEqual(indexImageTree(wa.final, arrays));
  });
});

describe("dive's byte order without encoding", () => {
  it('orders names as Buffer.compare of their UTF-8 bytes does (ASCII, accents, CJK, U+E000..U+FFFF, emoji)', () => {
    const names = [
      'a',
      'B',
      'a.py',
      'a/b',
      'ab',
      '',
      'é',
      'z',
      '名前',
      '\ue000',
      '\uffee',
      '😀',
      '😀a',
      '𝄞',
      'a😀',
      'a\uffff',
      '.wh.x',
      '_',
      '~',
    ];
    const bytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
    for (const a of names) for (const b of names) expect(Math.sign(compareBytes(a, b)), `${a} vs ${b}`).toBe(bytes(a, b));
  });
});

/** What `tar -tvf` lists of a layer: [path, kind, size] with the path cleaned as the scanner cleans it. */
function tarListing(file: string): [string, string, number][] {
  const out = execFileSync('tar', ['--numeric-owner', '--quoting-style=literal', '-tvf', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^(\S)\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.*?)(?: -> .*| link to .*)?$/.exec(l)!;
      const kind = m[1] === '-' ? 'file' : m[1] === 'd' ? 'dir' : m[1] === 'l' ? 'symlink' : m[1] === 'h' ? 'hardlink' : 'other';
      return [m[3]!.replace(/^\.\//, '').replace(/\/$/, ''), kind, kind === 'file' ? Number(m[2]) : 0] as [string, string, number];
    })
    .filter(([p]) => p !== '' && p !== '.');
}

describe('the archive reader with one reused buffer', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsg-entries-'));
  // Two layers by GNU tar: incompressible data of several MiB (so that the 1 MiB reads split headers, pax
  // records and gzip members at arbitrary places), pax long names, a non-ASCII name, a symlink, a hard link.
  const src = path.join(dir, 'src');
  const long = `${'deep-directory-name/'.repeat(8)}${'f'.repeat(120)}.bin`;
  mkdirSync(path.join(src, path.dirname(long)), { recursive: true });
  for (let i = 0; i < 40; i++) writeFileSync(path.join(src, `file-${i}.bin`), randomBytes(40_000 + i * 3001));
  writeFileSync(path.join(src, long), randomBytes(1_500_000));
  writeFileSync(path.join(src, 'ünïcødé-名前.txt'), 'x'.repeat(777));
  execFileSync('ln', ['-s', 'file-1.bin', path.join(src, 'link')]);
  execFileSync('ln', [path.join(src, 'file-2.bin'), path.join(src, 'hard')]);
  const layers = ['plain.tar', 'gz.tar.gz'];
  execFileSync('tar', ['--format=pax', '-C', src, '-cf', path.join(dir, 'plain.tar'), '.']);
  execFileSync('tar', ['--format=pax', '-C', src, '-czf', path.join(dir, 'gz.tar.gz'), '.']);
  const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');
  const diffIds = [
    `sha256:${sha(path.join(dir, 'plain.tar'))}`,
    `sha256:${createHash('sha256')
      .update(execFileSync('gzip', ['-dc', path.join(dir, 'gz.tar.gz')], { maxBuffer: 64 * 1024 * 1024 }))
      .digest('hex')}`,
  ];
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds }, history: [] }),
  );
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify([{ Config: 'config.json', RepoTags: ['t:1'], Layers: layers }]));
  const archive = path.join(dir, 'image.tar');
  execFileSync('tar', ['-C', dir, '-cf', archive, 'manifest.json', 'config.json', ...layers]);
  const want = tarListing(path.join(dir, 'plain.tar'));

  it.each([
    ['a docker save tar', archive],
    ['a directory', dir],
  ])('from %s: every layer lists what tar -tvf lists', async (_what, file) => {
    expect(want.length).toBeGreaterThan(44);
    expect(want.some(([p]) => p === long)).toBe(true);
    const files = await openArchive(file, file);
    const found = await findImages(files, { platform: { os: 'linux', architecture: 'amd64' } });
    const [image] = await rawImagesOf(files, found);
    expect(image!.layers.map((l) => l.compression)).toEqual(['none', 'gzip']);
    for (const l of image!.layers) {
      const got = [...(l.entries as LayerEntries)].map((e) => [e.path, e.kind, e.size]);
      expect(got).toEqual(want);
    }
  });
});
