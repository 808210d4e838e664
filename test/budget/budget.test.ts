import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/model/baseline.js';
import { parseBudget } from '../../src/budget/budgets.js';
import { decide } from '../../src/budget/decide.js';
import { parseLimit, parseSize } from '../../src/util/size.js';
import { compareReports } from '../../src/compare/compare.js';
import { report, target } from '../model/reports.js';

describe('sizes', () => {
  it.each([
    ['0', 0],
    ['200MB', 200_000_000],
    ['200 mb', 200_000_000],
    ['1.5GiB', 1_610_612_736],
    ['5kB', 5_000],
    ['5KB', 5_000],
    ['5KiB', 5_120],
    ['12', 12],
    ['3B', 3],
    ['1TB', 1e12],
    ['.5MB', 500_000],
  ])('%s = %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
  it.each(['', 'MB', '-5MB', '5 XB', '1e3', '5%', '10MBs'])('%j is not a size', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });
  it('percent only where growth is limited', () => {
    expect(parseLimit('10%', true)).toEqual({ kind: 'percent', percent: 10, text: '10%' });
    expect(parseLimit('10%', false)).toBeUndefined();
  });
  it('an unparseable budget names where it was set and the value', () => {
    expect(() => parseBudget('context', 'fail', 'lots', '--budget-context')).toThrow(
      '--budget-context: invalid budget "lots": expected a size such as 200MB or 1.5GiB',
    );
    expect(() => parseBudget('context', 'fail', '10%', 'input budget-context')).toThrow('input budget-context: invalid budget "10%"');
  });
});

describe('decide', () => {
  const min = { kind: 'bytes', bytes: 1, text: '1B' } as const;
  const base = figuresOf(report([target('app', 1_000_000)]));
  const cur = report([target('app', 1_300_000)]);
  const cmp = compareReports(cur, base, { minChange: min });
  const b = (key: Parameters<typeof parseBudget>[0], level: 'warn' | 'fail', v: string) => parseBudget(key, level, v, `test ${key}`);

  it.each([
    ['absolute within budget', [b('context', 'fail', '2MB')], [], false],
    ['absolute over fail', [b('context', 'fail', '1MB')], [['fail', 'context', 300_000]], true],
    ['absolute over warn only', [b('context', 'warn', '1MB'), b('context', 'fail', '2MB')], [['warn', 'context', 300_000]], false],
    [
      'over both levels: reported once, as fail',
      [b('context', 'warn', '1MB'), b('context', 'fail', '1.2MB')],
      [['fail', 'context', 100_000]],
      true,
    ],
    ['growth in bytes', [b('context-increase', 'fail', '200kB')], [['fail', 'context-increase', 100_000]], true],
    ['growth in percent', [b('context-increase', 'fail', '20%')], [['fail', 'context-increase', 10]], true],
    ['growth within percent', [b('context-increase', 'fail', '40%')], [], false],
  ] as const)('%s', (_, budgets, expected, failed) => {
    const v = decide(cmp, () => budgets, true);
    expect(v.breaches.map((x) => [x.level, x.key, Math.round(x.margin * 1000) / 1000])).toEqual(expected);
    expect(v.failed).toBe(failed);
  });

  it('fail-on-budget false reports without failing', () => {
    const v = decide(cmp, () => [b('context', 'fail', '1MB')], false);
    expect([v.breaches.length, v.failed]).toEqual([1, false]);
  });

  it('growth budgets without a baseline, and image budgets without an image, are listed as unchecked', () => {
    const v = decide(
      compareReports(cur, undefined, { minChange: min }),
      () => [b('context-increase', 'fail', '1B'), b('image', 'fail', '1B')],
      true,
    );
    expect(v.breaches).toEqual([]);
    expect(v.unchecked.map((u) => [u.key, u.reason])).toEqual([
      ['context-increase', 'no baseline to compare with'],
      ['image', 'no image figure for this target'],
    ]);
  });
});
