// src/artifacts/zip.ts against zips written by Info-ZIP's `zip` (stored, deflated, with a comment, with
// directories) and by hand (a false declared size, an unknown method, a truncated central directory).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZipEntries, ZipError } from '../../src/artifacts/zip.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dsg-zip-'));
const src = path.join(dir, 'src');
mkdirSync(path.join(src, 'sub'), { recursive: true });
const REPORT = JSON.stringify({ schemaVersion: 1, targets: Array.from({ length: 50 }, (_, i) => ({ name: `t${i}` })) });
writeFileSync(path.join(src, 'report.json'), REPORT);
writeFileSync(path.join(src, 'pull-request.json'), '{"number":7}\n');
writeFileSync(path.join(src, 'sub', 'other.txt'), 'x'.repeat(5000));

function infozip(name: string, args: string[]): Buffer {
  const out = path.join(dir, name);
  execFileSync('zip', ['-q', '-r', ...args, out, '.'], { cwd: src });
  return readFileSync(out);
}

describe('readZipEntries on Info-ZIP archives', () => {
  it.each([
    ['deflated', ['-6']],
    ['stored', ['-0']],
    ['with an archive comment', ['-z']],
  ])('%s: the wanted entries, byte for byte; absent ones undefined', (_name, args) => {
    let zip: Buffer;
    if (args[0] === '-z') {
      execFileSync('zip', ['-q', '-r', '-z', path.join(dir, 'c.zip'), '.'], { cwd: src, input: 'a comment\n.\n' });
      zip = readFileSync(path.join(dir, 'c.zip'));
    } else zip = infozip(`${args[0]}.zip`, args);
    const got = readZipEntries(zip, ['report.json', 'pull-request.json', 'missing.json'], 1_000_000);
    expect(got['report.json']?.toString()).toBe(REPORT);
    expect(got['pull-request.json']?.toString()).toBe('{"number":7}\n');
    expect(got['missing.json']).toBeUndefined();
  });

  it('an entry over the cap is refused by its declared size', () => {
    const zip = infozip('cap.zip', ['-6']);
    expect(() => readZipEntries(zip, ['report.json'], 100)).toThrow(
      new ZipError(`report.json is ${REPORT.length} bytes, more than the 100 a report can be`),
    );
  });
});

describe('readZipEntries on hostile zips', () => {
  const zip = infozip('base.zip', ['-6']);
  /** Offsets of the central directory entry of `name`. */
  const central = (z: Buffer, name: string): number => {
    const at = z.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), z.length);
    for (
      let p = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      p >= 0 && p <= at;
      p = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
    ) {
      const len = z.readUInt16LE(p + 28);
      if (z.toString('utf8', p + 46, p + 46 + len) === name) return p;
    }
    throw new Error(`no ${name}`);
  };

  it.each<[string, (z: Buffer) => void, number, RegExp]>([
    [
      'a declared size smaller than the content (a bomb)',
      (z) => z.writeUInt32LE(10, central(z, 'report.json') + 24),
      200,
      /report\.json expands to more than the 200 bytes a report can be/,
    ],
    ['an unknown compression method', (z) => z.writeUInt16LE(12, central(z, 'report.json') + 10), 100_000, /compression method 12/],
    ['an encrypted entry', (z) => z.writeUInt16LE(1, central(z, 'report.json') + 8), 100_000, /report\.json is encrypted/],
    [
      'a local header offset past the end',
      (z) => z.writeUInt32LE(0x7fffffff, central(z, 'report.json') + 42),
      100_000,
      /no local header for report\.json/,
    ],
    ['a zip64 end record', (z) => z.writeUInt32LE(0xffffffff, z.length - 22 + 16), 100_000, /zip64/],
  ])('%s: one ZipError', (_name, corrupt, cap, message) => {
    const z = Buffer.from(zip);
    corrupt(z);
    expect(() => readZipEntries(z, ['report.json'], cap)).toThrow(message);
  });

  it('not a zip at all', () => {
    expect(() => readZipEntries(Buffer.from('{"not":"a zip"}'), ['report.json'], 100)).toThrow(/not a zip archive/);
  });
});
