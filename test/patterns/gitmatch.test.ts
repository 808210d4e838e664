// patterns/gitmatch.ts's fast path: the literal bounds that decide which rules are run on a name, and the
// per-directory memory of what parent directories decide. Both must give exactly what the one-pass
// evaluation (testFull, itself compared with git in test/hostile/gitignore-git.test.ts) gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GitIgnoreMatcher, literalBounds, parseGitRule, wildmatchSource, withinBounds } from '../../src/patterns/gitmatch.js';

describe('literalBounds: what a string must look like to match a rule body', () => {
  const table: [string, { exact: string | undefined; prefix: string; suffix: string }][] = [
    ['node_modules', { exact: 'node_modules', prefix: 'node_modules', suffix: 'node_modules' }],
    ['docs/build', { exact: 'docs/build', prefix: 'docs/build', suffix: 'docs/build' }],
    ['*.pyc', { exact: undefined, prefix: '', suffix: '.pyc' }],
    ['build*', { exact: undefined, prefix: 'build', suffix: '' }],
    ['a?b', { exact: undefined, prefix: 'a', suffix: 'b' }],
    // "**/" may match no directory: the suffix starts after the '/'
    ['**/foo', { exact: undefined, prefix: '', suffix: 'foo' }],
    ['a/**/b', { exact: undefined, prefix: 'a/', suffix: 'b' }],
    ['a/**', { exact: undefined, prefix: 'a/', suffix: '' }],
    // a class or an escape: a '*' or ']' after it may be a member, so no suffix is read
    ['[*]x', { exact: undefined, prefix: '', suffix: '' }],
    ['ab[cd]*e', { exact: undefined, prefix: 'ab', suffix: '' }],
    ['\\*x*y', { exact: undefined, prefix: '', suffix: '' }],
    ['x\\ ', { exact: undefined, prefix: 'x', suffix: '' }],
  ];
  it.each(table)('%j', (body, bounds) => {
    expect(literalBounds(body)).toEqual(bounds);
  });

  const within: [string, string, boolean][] = [
    ['node_modules', 'node_modules', true],
    ['node_modules', 'node_module', false],
    ['*.pyc', 'a.pyc', true],
    ['*.pyc', '.pyc', true],
    ['*.pyc', 'a.py', false],
    ['**/foo', 'foo', true],
    ['**/foo', 'x/y/foo', true],
    ['**/foo', 'x/foox', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'b/a/b', false],
    ['build*', 'builds', true],
    ['build*', 'rebuild', false],
  ];
  it.each(within)('%j may match %j: %j', (body, s, may) => {
    expect(withinBounds(literalBounds(body), s)).toBe(may);
  });

  it('never rules out a string the rule matches (fast-check, fixed seed)', () => {
    const body = fc.stringMatching(/^[ab*?/[\]!\\.-]{1,7}$/);
    const text = fc.stringMatching(/^[ab/*?\\.-]{0,7}$/);
    fc.assert(
      fc.property(body, fc.array(text, { minLength: 1, maxLength: 20 }), (b, texts) => {
        const re = new RegExp(wildmatchSource(b), 'u');
        const bounds = literalBounds(b);
        for (const t of texts) if (re.test(t)) expect({ b, t, within: withinBounds(bounds, t) }).toEqual({ b, t, within: true });
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});

describe('GitIgnoreMatcher.test equals testFull', () => {
  const paths = [
    'a',
    'a/',
    'a/b',
    'a/b/',
    'a/b/c',
    'a/b/c.pyc',
    'b/a',
    'x/a/b',
    'x/a/b/',
    'x/a/b/y',
    'build/',
    'build/out.o',
    'src/build/y',
    'keep.log',
    'd/keep.log',
    'd/b.log',
    'c.pyc',
  ];
  const table: string[] = [
    '*.log\n!keep.log\n',
    'build/\n!build/out.o\n',
    'a/b\n',
    'a/**/b\n!a/b/c\n',
    'b/\n!a/b/\n',
    'a\n!a/b\n',
    '*\n!*/\n!*.pyc\n',
    '**/b\n',
    '/a\nb/\n',
  ];
  it.each(table)('%j', (gitignore) => {
    const rules = gitignore.split('\n').map((pattern, i) => ({ pattern, mark: i + 1 }));
    const fast = new GitIgnoreMatcher(rules);
    const full = new GitIgnoreMatcher(rules);
    // twice: the second round answers from the remembered directories
    for (const p of [...paths, ...paths]) expect({ p, r: fast.test(p) }).toEqual({ p, r: full.testFull(p) });
  });

  it('random rules and paths, in any order (fast-check, fixed seed)', () => {
    const seg = fc.stringMatching(/^[ab*?[\]!\\.-]{1,4}$/);
    const pattern = fc
      .tuple(fc.boolean(), fc.boolean(), fc.array(seg, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([neg, lead, segs, trail]) => (neg ? '!' : '') + (lead ? '/' : '') + segs.join('/') + (trail ? '/' : ''));
    const name = fc.stringMatching(/^[ab*?.!-]{1,3}$/);
    const path = fc.tuple(fc.array(name, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([a, dir]) => a.join('/') + (dir ? '/' : ''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), fc.array(path, { minLength: 1, maxLength: 30 }), (patterns, ps) => {
        const rules = patterns.filter((p) => parseGitRule(p) !== undefined).map((pattern, i) => ({ pattern, mark: i }));
        const fast = new GitIgnoreMatcher(rules);
        for (const p of [...ps, ...ps]) expect({ patterns, p, r: fast.test(p) }).toEqual({ patterns, p, r: fast.testFull(p) });
      }),
      { seed: 16, numRuns: 1500 },
    );
  });
});
