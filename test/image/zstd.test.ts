// The zstd frame walker (src/image/zstd.ts) on frames written by Debian's zstd: the window of every frame
// read from its header — `--long=N` on a stream (a window descriptor), files of known size (single-segment,
// the window is the content size), several frames, skippable frames — and the expansion limit of layer.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPANSION_FLOOR, expansionLimit, MAX_EXPANSION } from '../../src/image/layer.js';
import { MAX_FZSTD_WINDOW, MAX_ZSTD_WINDOW, ZstdFrameWalker, ZstdLimitError } from '../../src/image/zstd.js';

const DATA = Buffer.from('docker-size-guard '.repeat(4000));
/** zstd output for DATA, piped (so the frame header has a window descriptor unless told otherwise). */
function zstd(args: string[], data = DATA): Buffer {
  return execFileSync('zstd', ['-q', '-c', ...args], { input: data });
}
const walk = (z: Buffer, max = MAX_ZSTD_WINDOW, chunk = 7): ZstdFrameWalker => {
  const w = new ZstdFrameWalker(max, 'native');
  for (let i = 0; i < z.length; i += chunk) w.push(z.subarray(i, i + chunk));
  w.end();
  return w;
};

describe('ZstdFrameWalker', () => {
  it.each([10, 20, 23, 24, 27, 28, 30, 31])('--long=%i on a stream: refused exactly when 2^N is over the limit', (n) => {
    const z = zstd([`--long=${n}`, '--no-content-size']);
    if (2 ** n <= MAX_ZSTD_WINDOW) expect(walk(z).frames).toBe(1);
    else expect(() => walk(z)).toThrow(new RegExp(`zstd frame 1 needs a ${2 ** n / 2 ** 20} MiB window`));
  });

  it('single-segment frames (a file of known size): the window is the content size', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dsg-zstd-')), 'data');
    writeFileSync(file, DATA);
    const z = execFileSync('zstd', ['-q', '-c', '-19', file]);
    expect(walk(z, DATA.length).frames).toBe(1);
    expect(() => walk(z, DATA.length - 1)).toThrow(ZstdLimitError);
  });

  it('several frames: each header is read; the second one over the limit is named', () => {
    const z = Buffer.concat([zstd(['--long=20', '--no-content-size']), zstd(['--long=25', '--no-content-size'])]);
    expect(walk(z).frames).toBe(2);
    expect(() => walk(z, MAX_FZSTD_WINDOW)).toThrow(/zstd frame 2 needs a 32 MiB window/);
  });

  it('skippable frames are stepped over, with content checksums on or off', () => {
    const skippable = Buffer.alloc(8 + 5);
    skippable.writeUInt32LE(0x184d2a5a, 0);
    skippable.writeUInt32LE(5, 4);
    const z = Buffer.concat([skippable, zstd(['--check']), skippable, zstd(['--no-check'])]);
    expect(walk(z, MAX_ZSTD_WINDOW, 1).frames).toBe(2);
  });

  it('a stream cut inside a frame, and bytes that are not zstd, are refused', () => {
    const z = zstd([]);
    expect(() => walk(z.subarray(0, z.length - 3))).toThrow(/truncated zstd stream/);
    expect(() => walk(Buffer.concat([z, Buffer.from('garbage!')]))).toThrow(/not a zstd frame at frame 2/);
  });
});

describe('expansionLimit', () => {
  it.each([
    [0, EXPANSION_FLOOR],
    [1000, EXPANSION_FLOOR],
    [Math.ceil(EXPANSION_FLOOR / MAX_EXPANSION), Math.ceil(EXPANSION_FLOOR / MAX_EXPANSION) * MAX_EXPANSION],
    [10 * 1024 ** 3, 10 * 1024 ** 3 * MAX_EXPANSION],
  ])('a %i-byte blob may expand to %i bytes', (blob, limit) => {
    expect(expansionLimit(blob)).toBe(limit);
  });
  it('is above what deflate can reach (1,032x), so no gzip layer meets it', () => {
    expect(MAX_EXPANSION).toBeGreaterThan(1032);
  });
});
