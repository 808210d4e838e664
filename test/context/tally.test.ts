// context/tally.ts: closing the directories an entry is not in, by the length of its directory and one string
// comparison, gives what popping every directory whose prefix does not start the path gave (the plain loop it
// replaced), in any order of entries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally, type EntryKind } from '../../src/context/tally.js';

/** The plain loop, on the same class. */
class PlainTally extends Tally {
  constructor(top: number) {
    super(top);
    const self = this as unknown as { open: { prefix: string }[]; close(): void; closeDirsNotContaining(path: string): void };
    self.closeDirsNotContaining = (path: string) => {
      while (self.open.length > 0 && !path.startsWith(self.open[self.open.length - 1]!.prefix)) self.close();
    };
  }
}

function feed(t: Tally, entries: [string, EntryKind, number][]) {
  for (const [path, kind, size] of entries) t.add(path, kind, size);
  return t.finish();
}

describe('Tally closes directories as the plain loop did', () => {
  const table: [string, EntryKind, number][][] = [
    [
      ['a', 'dir', 0],
      ['a/x', 'file', 5],
      ['a/b', 'dir', 0],
      ['a/b/y', 'file', 7],
      ['a/z', 'file', 1],
      ['ab', 'dir', 0],
      ['ab/q', 'file', 3],
      ['c', 'file', 2],
    ],
    [
      ['d/e/f/g', 'file', 10],
      ['d/e/h', 'file', 1],
      ['d/ee/h', 'file', 2],
      ['d/e', 'file', 4],
    ],
  ];
  it.each(table.map((t, i) => [i, t] as const))('case %d', (_, entries) => {
    expect(feed(new Tally(3), entries)).toEqual(feed(new PlainTally(3), entries));
  });

  it('random entries in any order (fast-check, fixed seed)', () => {
    const name = fc.stringMatching(/^[ab]{1,2}$/);
    const entry = fc.tuple(
      fc.array(name, { minLength: 1, maxLength: 4 }).map((a) => a.join('/')),
      fc.constantFrom<EntryKind>('file', 'dir', 'symlink'),
      fc.nat(1000),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        expect(feed(new Tally(4), entries)).toEqual(feed(new PlainTally(4), entries));
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});
