// The tar-size arithmetic, by table (the engine-backed suite tar-size.itg.test.ts checks whole archives).
import { describe, expect, it } from 'vitest';
import { TarSizeEstimate, blocks, entryTarBytes, fitsUstarSplit, paxRecordBytes, tarName } from '../../src/context/tar-size.js';

describe('tar size', () => {
  it.each([
    [0, 0],
    [1, 512],
    [512, 512],
    [513, 1024],
  ])('blocks(%i) = %i', (n, b) => expect(blocks(n)).toBe(b));

  it.each([
    ['path', 91, 101], // 4 + 91 + 3 = 98, + 2 digits = 100, which has 3 digits: 101
    ['path', 90, 99],
    ['path', 5, 14],
    ['linkpath', 101, 115],
  ])('a PAX record %s with a %i-byte value is %i bytes', (key, value, bytes) => expect(paxRecordBytes(key, value)).toBe(bytes));

  it.each([
    ['a'.repeat(100), false], // fits the name field: no split needed
    [`${'p'.repeat(150)}/${'q'.repeat(99)}`, true],
    [`${'p'.repeat(150)}/${'q'.repeat(101)}`, false],
    [`${'s'.repeat(160)}/t`, false],
    ['m'.repeat(101), false],
    [`${'d'.repeat(155)}/`, false], // a directory: the trailing slash is not a split point
    [`${'d'.repeat(60)}/${'e'.repeat(60)}/`, true],
  ])('splitUSTARPath(%s) fits: %s', (name, fits) => expect(fitsUstarSplit(name)).toBe(fits));

  it.each([
    ['short name, 1 byte', 'a.txt', 1, 1024],
    ['empty file', 'e', 0, 512],
    ['101-byte name, unsplittable: PAX header + record block', 'm'.repeat(101), 1, 512 + 512 + 1024],
    ['non-ASCII name: PAX', 'café', 3, 512 + 512 + 1024],
    ['8 GiB: a PAX size record', 'big', 8 * 1024 ** 3, 512 + 512 + 512 + 8 * 1024 ** 3],
  ])('%s', (_what, name, size, bytes) => expect(entryTarBytes(tarName(name), size)).toBe(bytes));

  it('counts a hard link once, later links as headers naming the first', () => {
    const t = new TarSizeEstimate();
    t.add('a', 'file', 700, '1:2');
    t.add('b', 'file', 700, '1:2');
    t.add('c/', 'dir', 0);
    expect(t.finish()).toBe(512 + 1024 + 512 + 512 + 1024);
  });

  it('adds the Dockerfile and .dockerignore when the walk did not send them (the CLI always does)', () => {
    const t = new TarSizeEstimate('Dockerfile');
    t.add('src', 'dir', 0);
    expect(t.finish({ dockerfile: { inside: true, bytes: 30 }, dockerignoreBytes: 10 })).toBe(512 + 1024 + 1024 + 1024);
    const sent = new TarSizeEstimate('Dockerfile');
    sent.add('.dockerignore', 'file', 10);
    sent.add('Dockerfile', 'file', 30);
    expect(sent.finish({ dockerfile: { inside: true, bytes: 30 }, dockerignoreBytes: 10 })).toBe(1024 + 1024 + 1024);
  });
});
