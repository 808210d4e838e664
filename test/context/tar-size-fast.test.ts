// context/tar-size.ts TarSizeEstimate.add: its shortcut for short ASCII names gives what the general arithmetic
// (entryTarBytes of tarName) gives, for every kind, name length around USTAR's 100 bytes, non-ASCII names and sizes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TarSizeEstimate, entryTarBytes, tarName } from '../../src/context/tar-size.js';
import type { EntryKind } from '../../src/context/tally.js';

/** The general arithmetic, entry by entry (no hard links). */
function reference(entries: [string, EntryKind, number][]): number {
  let total = 0;
  for (const [path, kind, size] of entries) {
    if (kind === 'dir') total += entryTarBytes(tarName(path + '/'), 0);
    else if (kind === 'symlink') total += entryTarBytes(tarName(path), 0, { bytes: size, ascii: true });
    else if (kind === 'other') total += entryTarBytes(tarName(path), 0);
    else total += entryTarBytes(tarName(path), size);
  }
  return total;
}

describe('TarSizeEstimate.add equals the general arithmetic', () => {
  it('names of 1 to 200 characters, ASCII or not, any kind and size (fast-check, fixed seed)', () => {
    const name = fc.tuple(fc.integer({ min: 1, max: 200 }), fc.boolean(), fc.boolean()).map(([n, nonAscii, slashes]) => {
      let s = 'a'.repeat(n);
      if (slashes) s = s.replace(/a{40}/g, (m) => m.slice(0, 39) + '/');
      return nonAscii ? 'é' + s.slice(1) : s;
    });
    const entry = fc.tuple(
      name,
      fc.constantFrom<EntryKind>('file', 'dir', 'symlink', 'other'),
      fc.oneof(fc.nat(5000), fc.constantFrom(8 ** 11 - 1, 8 ** 11, 2 ** 40)),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const t = new TarSizeEstimate(undefined);
        for (const [path, kind, size] of entries) t.add(path, kind, size);
        expect(t.finish()).toBe(reference(entries) + 1024);
      }),
      { seed: 16, numRuns: 2000 },
    );
  });

  it('the shortcut boundary: 99, 100 and 101 characters', () => {
    for (const n of [99, 100, 101]) {
      for (const kind of ['file', 'dir'] as const) {
        const t = new TarSizeEstimate(undefined);
        t.add('x'.repeat(n), kind, 10);
        expect(t.finish()).toBe(reference([['x'.repeat(n), kind, 10]]) + 1024);
      }
    }
  });
});
