import { describe, expect, it } from 'vitest';
import { figuresOf, parseBaseline } from '../../src/model/baseline.js';
import { compareReports } from '../../src/compare/compare.js';
import { matchLayers, normaliseCreatedBy } from '../../src/compare/layers.js';
import { report, target } from '../model/reports.js';

const bytes = (n: number) => ({ kind: 'bytes', bytes: n, text: `${n}B` }) as const;
const percent = (n: number) => ({ kind: 'percent', percent: n, text: `${n}%` }) as const;

describe('compareReports', () => {
  it('gives value, delta and percent per figure', () => {
    const c = compareReports(report([target('a', 1200)]), figuresOf(report([target('a', 1000)])), { minChange: bytes(1) });
    const m = c.targets[0]!.metrics.find((x) => x.key === 'context')!;
    expect(m).toMatchObject({ current: 1200, baseline: 1000, delta: 200, percent: 20, changed: true });
  });

  it.each([
    ['below min-change bytes', bytes(500), 1000, 1400, false],
    ['at min-change bytes', bytes(400), 1000, 1400, true],
    ['below min-change percent', percent(50), 1000, 1400, false],
    ['over min-change percent', percent(30), 1000, 1400, true],
    ['one byte is not noise-free by default of 10kB', bytes(10_000), 1000, 1001, false],
  ] as const)('%s', (_, minChange, before, after, changed) => {
    const c = compareReports(report([target('a', after)]), figuresOf(report([target('a', before)])), { minChange });
    expect(c.targets[0]!.metrics[0]!.changed).toBe(changed);
  });

  it('shows added and removed targets', () => {
    const c = compareReports(report([target('new', 1), target('same', 1)]), figuresOf(report([target('same', 1), target('old', 1)])), {
      minChange: bytes(1),
    });
    expect(c.targets.map((t) => [t.name, t.status])).toEqual([
      ['new', 'added'],
      ['same', 'compared'],
      ['old', 'removed'],
    ]);
  });

  it('without a baseline every figure is absolute', () => {
    const c = compareReports(report([target('a', 5)]), undefined, { minChange: bytes(1) });
    expect(c.hasBaseline).toBe(false);
    expect(c.targets[0]!.metrics[0]).toMatchObject({ current: 5, baseline: null, delta: null, changed: false });
  });

  it('lists the paths that grew, shrank, appeared and went, largest move first', () => {
    const before = target('a', 0, [
      ['models', 1000],
      ['models/a.bin', 1000],
      ['data', 500],
      ['data/x.csv', 500],
      ['src', 10],
    ]);
    const after = target('a', 0, [
      ['models', 5000],
      ['models/a.bin', 1000],
      ['models/b.bin', 4000],
      ['src', 10],
      ['.venv', 700],
    ]);
    const c = compareReports(report([after]), figuresOf(report([before])), { minChange: bytes(100) });
    expect(c.targets[0]!.paths.map((p) => [p.path, p.status, p.delta])).toEqual([
      ['models', 'grew', 4000],
      ['models/b.bin', 'new', 4000],
      ['.venv', 'new', 700],
      ['data', 'gone', -500],
      ['data/x.csv', 'gone', -500],
    ]);
  });

  it('does not call a path new when the baseline list was cut off', () => {
    const before = target('a', 0, [['big', 9000]]);
    before.context.shallowTruncated = true;
    const after = target('a', 0, [
      ['big', 9000],
      ['small', 50],
    ]);
    const c = compareReports(report([after]), figuresOf(report([before])), { minChange: bytes(1) });
    expect(c.targets[0]!.paths).toEqual([]);
  });
});

describe('image layers are matched by instruction, not by index', () => {
  it('an inserted layer does not misalign the later ones', () => {
    const before = [
      { createdBy: '/bin/sh -c #(nop) ADD file:0123456789abcdef0123 in / ', bytes: 100 },
      { createdBy: 'COPY requirements.txt . # buildkit', bytes: 1 },
      { createdBy: 'COPY . . # buildkit', bytes: 500 },
    ];
    const after = [
      { createdBy: '/bin/sh -c #(nop) ADD file:fedcba9876543210fedc in / ', bytes: 100 },
      { createdBy: 'COPY requirements.txt . # buildkit', bytes: 1 },
      { createdBy: 'RUN /bin/sh -c pip install -r requirements.txt # buildkit', bytes: 300 },
      { createdBy: 'COPY . . # buildkit', bytes: 800 },
    ];
    expect(matchLayers(before, after).map((l) => [l.status, l.delta])).toEqual([
      ['kept', 0],
      ['kept', 0],
      ['added', 300],
      ['kept', 300],
    ]);
  });
  it.each([
    ['/bin/sh -c #(nop)  CMD ["x"]', 'CMD ["x"]'],
    ['/bin/sh -c apt-get  update', 'RUN apt-get update'],
    ['COPY dir:3f2a9b8c7d6e5f4a3b2c in /app ', 'COPY dir:… in /app'],
  ])('normalises %j', (raw, normal) => {
    expect(normaliseCreatedBy(raw)).toBe(normal);
  });
});

describe('parseBaseline: untrusted input', () => {
  const good = report([target('a', 10, [['x', 10]])]);
  it('round-trips a report', () => {
    const parsed = parseBaseline(JSON.parse(JSON.stringify(good)), 'base.json');
    expect(parsed.targets[0]!.context.bytes).toBe(10);
    expect(parsed.targets[0]!.context.shallow).toEqual([{ path: 'x', bytes: 10 }]);
  });
  it.each([
    [null, 'report must be an object'],
    [{ schemaVersion: 2, targets: [] }, 'schemaVersion 2 is newer than this docker-size-guard understands (1); update the action'],
    [{ schemaVersion: '1', targets: [] }, 'schemaVersion is missing or not a positive integer'],
    [{ schemaVersion: 1, targets: {} }, 'targets must be an array'],
    [
      { schemaVersion: 1, targets: [{ name: 'a', context: { bytes: -1, files: 0 } }] },
      'targets[0].context.bytes must be a non-negative integer',
    ],
    [
      { schemaVersion: 1, targets: [{ name: 'a', context: { bytes: 1e300, files: 0 } }] },
      'targets[0].context.bytes is beyond 2^53 - 1 (9007199254740991), the largest figure counted exactly',
    ],
    [{ schemaVersion: 1, targets: [{ name: 7, context: { bytes: 1, files: 0 } }] }, 'targets[0].name must be a string'],
    [{ schemaVersion: 1, targets: new Array(101).fill(0) }, 'targets has 101 entries, more than 100'],
  ])('%j -> %s', (json, message) => {
    expect(() => parseBaseline(json, 'base.json')).toThrow(`not a valid docker-size-guard report: ${message}`);
  });
  it('keeps nothing it does not know', () => {
    const hostile = { ...JSON.parse(JSON.stringify(good)), __proto__: { polluted: true }, extra: 'x' };
    const parsed = parseBaseline(hostile, 'b') as unknown as Record<string, unknown>;
    expect(parsed.extra).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
