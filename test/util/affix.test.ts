// util/affix.ts: the quick prefix/suffix tests equal String.prototype's, and equal strings have equal shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPrefix, hasSuffix, shapeOf } from '../../src/util/affix.js';

describe('hasPrefix / hasSuffix', () => {
  const table: [string, string][] = [
    ['', ''],
    ['', 'a'],
    ['a', ''],
    ['.env.local', '.env.'],
    ['.env', '.env.'],
    ['id_rsa', 'id_'],
    ['x.pyc', '.pyc'],
    ['pyc', '.pyc'],
    ['é/ü', 'é'],
    ['\u{1F600}x', '\u{1F600}'],
  ];
  it.each(table)('%j %j', (s, p) => {
    expect(hasPrefix(s, p)).toBe(s.startsWith(p));
    expect(hasSuffix(s, p)).toBe(s.endsWith(p));
  });

  it('equal String.prototype.startsWith/endsWith (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 3 }), (s, p) => {
        expect(hasPrefix(s, p)).toBe(s.startsWith(p));
        expect(hasSuffix(s, p)).toBe(s.endsWith(p));
        expect(hasPrefix(p + s, p)).toBe(true);
        expect(hasSuffix(s + p, p)).toBe(true);
      }),
      { seed: 16, numRuns: 3000 },
    );
  });
});

describe('shapeOf', () => {
  it('is equal for equal strings, and tells most different names apart', () => {
    expect(shapeOf('node_modules')).toBe(shapeOf(['node', '_modules'].join('')));
    expect(shapeOf('')).toBe(0);
    expect(shapeOf('.git')).not.toBe(shapeOf('.gitignore'));
    expect(shapeOf('.pyc')).not.toBe(shapeOf('.py'));
  });
});
