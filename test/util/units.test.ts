// formatCount groups integers itself (no ICU at start-up); it must write exactly what toLocaleString('en-US') writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/util/units.js';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [-1234, '-1,234'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%d -> %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("equals toLocaleString('en-US') on integers, fractions, -0, huge and non-finite numbers", () => {
    for (const n of [-0, 0.5, 1234.5678, 1e21, -1e300, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 53)])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => formatCount(n) === n.toLocaleString('en-US')),
      { numRuns: 5000 },
    );
  });
});
