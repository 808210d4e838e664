// Code point order (src/util/sort.ts): the comparator, and sortCodePoints' fast path giving the same order.
import { describe, expect, it } from 'vitest';
import { compareCodePoints, sortCodePoints } from '../../src/util/sort.js';

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b', -1],
    ['a/b', 'a.txt', 1],
    ['a', 'ab', -1],
    ['\uffff', '\u{1f600}', -1], // U+FFFF before U+1F600, although its UTF-16 unit is larger than 0xD83D
    ['\ue000', '\udc80', -1], // a raw byte (lone surrogate) sorts after every BMP character
    ['same', 'same', 0],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});

describe('sortCodePoints', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabets = {
    ascii: ['a', 'b', '.', '/', '_', 'Z', '0'],
    high: ['a', '/', '\ue000', '\uffff', '\u{1f600}', '\udc80', 'é'],
  };
  for (const [name, alphabet] of Object.entries(alphabets)) {
    it(`sorts ${name} names in code point order`, () => {
      const list = Array.from({ length: 2000 }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''),
      );
      const expected = [...list].sort(compareCodePoints);
      expect(sortCodePoints([...list])).toEqual(expected);
    });
  }
  it('takes the comparator only where the orders differ', () => {
    // UTF-16 order puts the emoji (0xD83D…) before U+FFFF; code point order after.
    expect(sortCodePoints(['\u{1f600}', '\uffff'])).toEqual(['\uffff', '\u{1f600}']);
    expect(['\u{1f600}', '\uffff'].sort()).toEqual(['\u{1f600}', '\uffff']);
  });
});
