// diagnose/frames.ts popTo: the frame it finds, and the frames it leaves, are those of popping every frame whose
// prefix does not start the path (the plain loop it replaces).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { popTo } from '../../src/diagnose/frames.js';

function naive(stack: { prefix: string }[], path: string): { prefix: string } {
  while (stack.length > 1 && !path.startsWith(stack[stack.length - 1]!.prefix)) stack.pop();
  return stack[stack.length - 1]!;
}

function both(prefixes: string[], path: string) {
  const a = prefixes.map((prefix) => ({ prefix }));
  const b = prefixes.map((prefix) => ({ prefix }));
  const fast = popTo(a, path, path.lastIndexOf('/') + 1);
  const slow = naive(b, path);
  return { fast: [fast.prefix, a.map((f) => f.prefix)], slow: [slow.prefix, b.map((f) => f.prefix)] };
}

describe('popTo', () => {
  const table: [string[], string][] = [
    [[''], 'a'],
    [['', 'a/'], 'a/b'],
    [['', 'a/', 'a/x/'], 'a/b'],
    [['', 'a/', 'a/x/', 'a/x/y/'], 'a/z/w'],
    [['', 'a/', 'a/b/'], 'a/b/c'],
    [['', 'a/', 'a/b/'], 'a/b/c/d'],
    [['', 'a/', 'a/b/'], 'b/c'],
    [['', 'ab/', 'ab/c/'], 'ab/d'],
    [['', 'a/'], 'a/'],
    [['', 'a/', 'a/b/'], 'a/b/'],
  ];
  it.each(table)('%j %j', (prefixes, path) => {
    const r = both(prefixes, path);
    expect(r.fast).toEqual(r.slow);
  });

  it('any nested stack and path (fast-check, fixed seed)', () => {
    const comp = fc.stringMatching(/^[ab]{1,2}$/);
    fc.assert(
      fc.property(fc.array(comp, { maxLength: 4 }), fc.array(comp, { minLength: 1, maxLength: 5 }), fc.boolean(), (dirs, parts, dir) => {
        const prefixes = [''];
        for (let k = 1; k <= dirs.length; k++) prefixes.push(dirs.slice(0, k).join('/') + '/');
        const path = parts.join('/') + (dir ? '/' : '');
        const r = both(prefixes, path);
        expect(r.fast).toEqual(r.slow);
      }),
      { seed: 16, numRuns: 3000 },
    );
  });
});
