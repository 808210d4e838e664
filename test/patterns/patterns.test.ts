// Tables ported verbatim from moby/patternmatcher's patternmatcher_test.go (TestMatches, TestMatch),
// run against the TypeScript port through each of moby's entry points.
import { describe, expect, it } from 'vitest';
import { goMatch, BadPatternError } from '../../src/patterns/go.js';
import { PatternMatcher, type MatchInfo } from '../../src/patterns/matcher.js';

const single: [string, string, boolean][] = [
  ['**', 'file', true],
  ['**', 'file/', true],
  ['**/', 'file', true],
  ['**/', 'file/', true],
  ['**', '/', true],
  ['**/', '/', true],
  ['**', 'dir/file', true],
  ['**/', 'dir/file', true],
  ['**', 'dir/file/', true],
  ['**/', 'dir/file/', true],
  ['**/**', 'dir/file', true],
  ['**/**', 'dir/file/', true],
  ['dir/**', 'dir/file', true],
  ['dir/**', 'dir/file/', true],
  ['dir/**', 'dir/dir2/file', true],
  ['dir/**', 'dir/dir2/file/', true],
  ['**/dir', 'dir', true],
  ['**/dir', 'dir/file', true],
  ['**/dir2/*', 'dir/dir2/file', true],
  ['**/dir2/*', 'dir/dir2/file/', true],
  ['**/dir2/**', 'dir/dir2/dir3/file', true],
  ['**/dir2/**', 'dir/dir2/dir3/file/', true],
  ['**file', 'file', true],
  ['**file', 'dir/file', true],
  ['**/file', 'dir/file', true],
  ['**file', 'dir/dir/file', true],
  ['**/file', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file.txt', true],
  ['**/file*txt', 'dir/dir/file.txt', true],
  ['**/file*.txt', 'dir/dir/file.txt', true],
  ['**/file*.txt*', 'dir/dir/file.txt', true],
  ['**/**/*.txt', 'dir/dir/file.txt', true],
  ['**/**/*.txt2', 'dir/dir/file.txt', false],
  ['**/*.txt', 'file.txt', true],
  ['**/**/*.txt', 'file.txt', true],
  ['a**/*.txt', 'a/file.txt', true],
  ['a**/*.txt', 'a/dir/file.txt', true],
  ['a**/*.txt', 'a/dir/dir/file.txt', true],
  ['a/*.txt', 'a/dir/file.txt', false],
  ['a/*.txt', 'a/file.txt', true],
  ['a/*.txt**', 'a/file.txt', true],
  ['a[b-d]e', 'ae', false],
  ['a[b-d]e', 'ace', true],
  ['a[b-d]e', 'aae', false],
  ['a[^b-d]e', 'aze', true],
  ['.*', '.foo', true],
  ['.*', 'foo', false],
  ['abc.def', 'abcdef', false],
  ['abc.def', 'abc.def', true],
  ['abc.def', 'abcZdef', false],
  ['abc?def', 'abcZdef', true],
  ['abc?def', 'abcdef', false],
  ['a\\\\', 'a\\', true],
  ['**/foo/bar', 'foo/bar', true],
  ['**/foo/bar', 'dir/foo/bar', true],
  ['**/foo/bar', 'dir/dir2/foo/bar', true],
  ['abc/**', 'abc', false],
  ['abc/**', 'abc/def', true],
  ['abc/**', 'abc/def/ghi', true],
  ['**/.foo', '.foo', true],
  ['**/.foo', 'bar.foo', false],
  ['a(b)c/def', 'a(b)c/def', true],
  ['a(b)c/def', 'a(b)c/xyz', false],
  ['a.|)$(}+{bc', 'a.|)$(}+{bc', true],
  ['dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  ['a\\*b', 'a*b', true],
];
const multi: [string[], string, boolean][] = [
  [['**', '!util/docker/web'], 'util/docker/web/foo', false],
  [['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo', true],
  [['**', '!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
  [['**', '!dist/*.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
];
const matchTests: [string, string, boolean, boolean][] = [
  ['abc', 'abc', true, false],
  ['*', 'abc', true, false],
  ['*c', 'abc', true, false],
  ['a*', 'a', true, false],
  ['a*', 'abc', true, false],
  ['a*', 'ab/c', true, false],
  ['a*/b', 'abc/b', true, false],
  ['a*/b', 'a/c/b', false, false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true, false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true, false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false, false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false, false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true, false],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false, false],
  ['ab[c]', 'abc', true, false],
  ['ab[b-d]', 'abc', true, false],
  ['ab[e-g]', 'abc', false, false],
  ['ab[^c]', 'abc', false, false],
  ['ab[^b-d]', 'abc', false, false],
  ['ab[^e-g]', 'abc', true, false],
  ['a\\*b', 'a*b', true, false],
  ['a\\*b', 'ab', false, false],
  ['a?b', 'a☺b', true, false],
  ['a[^a]b', 'a☺b', true, false],
  ['a???b', 'a☺b', false, false],
  ['a[^a][^a][^a]b', 'a☺b', false, false],
  ['[a-ζ]*', 'α', true, false],
  ['*[a-ζ]', 'A', false, false],
  ['a?b', 'a/b', false, false],
  ['a*b', 'a/b', false, false],
  ['[\\]a]', ']', true, false],
  ['[\\-]', '-', true, false],
  ['[x\\-]', 'x', true, false],
  ['[x\\-]', '-', true, false],
  ['[x\\-]', 'z', false, false],
  ['[\\-x]', 'x', true, false],
  ['[\\-x]', '-', true, false],
  ['[\\-x]', 'a', false, false],
  ['[]a]', ']', false, true],
  ['[-]', '-', false, true],
  ['[x-]', 'x', false, true],
  ['[x-]', '-', false, true],
  ['[x-]', 'z', false, true],
  ['[-x]', 'x', false, true],
  ['[-x]', '-', false, true],
  ['[-x]', 'a', false, true],
  ['\\', 'a', false, true],
  ['[a-b-c]', 'a', false, true],
  ['[', 'a', false, true],
  ['[^', 'a', false, true],
  ['[^bc', 'a', false, true],
  ['a[', 'a', false, true],
  ['a[', 'ab', false, true],
  ['*x', 'xxx', true, false],
];

/** Walks the parents of `text` as the tar walker does, then matches `text` with their results. */
function matchesViaParents(pm: PatternMatcher, text: string): boolean {
  const dirs = text.split('/').slice(0, -1);
  let info: MatchInfo;
  for (let i = 0; i < dirs.length; i++) info = pm.matchesUsingParentResults(dirs.slice(0, i + 1).join('/'), info).info;
  return pm.matchesUsingParentResults(text, info).excluded;
}

describe('moby TestMatches', () => {
  const cases = [...single.map(([p, t, r]) => [[p], t, r] as [string[], string, boolean]), ...multi];
  it.each(cases)('%j vs %j -> %s (MatchesOrParentMatches)', (patterns, text, pass) => {
    expect(new PatternMatcher(patterns).matchesOrParentMatches(text)).toBe(pass);
  });
  it.each(cases)('%j vs %j -> %s (MatchesUsingParentResults)', (patterns, text, pass) => {
    expect(matchesViaParents(new PatternMatcher(patterns), text)).toBe(pass);
  });
  it.each(cases)('%j vs %j -> %s (MatchesUsingParentResults, no parent info)', (patterns, text, pass) => {
    expect(new PatternMatcher(patterns).matchesUsingParentResults(text, undefined).excluded).toBe(pass);
  });
});

describe('moby TestMatch table (a pattern, or its match on a parent directory)', () => {
  it.each(matchTests)('Matches(%j, %j) = %s, bad pattern: %s', (pattern, name, match, bad) => {
    if (bad) {
      expect(() => goMatch(pattern, name)).toThrow(BadPatternError);
      expect(() => new PatternMatcher([pattern])).toThrow(/syntax error in pattern/);
    } else {
      expect(new PatternMatcher([pattern]).matchesOrParentMatches(name)).toBe(match);
    }
  });
});

describe('Go filepath.Match', () => {
  it.each([
    ['a*', 'ab/c', false],
    ['a*/b', 'abc/b', true],
    ['a?b', 'a☺b', true],
    ['[a-ζ]*', 'α', true],
    ['*', '.', true],
    ['\\*', '*', true],
  ] as const)('Match(%j, %j) = %s', (pattern, name, match) => {
    expect(goMatch(pattern, name)).toBe(match);
  });
});

describe('moby New() rules', () => {
  it('rejects a lone "!"', () => {
    expect(() => new PatternMatcher(['!'])).toThrow('illegal exclusion pattern: "!"');
    expect(() => new PatternMatcher(['!/'])).toThrow('illegal exclusion pattern');
  });
  it('trims, cleans and drops empty patterns', () => {
    const pm = new PatternMatcher(['docs', '  !docs/README.md  ', '', 'a/./b/../c/']);
    expect(pm.patterns.map((p) => [p.cleaned, p.exclusion])).toEqual([
      ['docs', false],
      ['docs/README.md', true],
      ['a/c', false],
    ]);
    expect(pm.exclusions).toBe(true);
  });
  it('escapes regexp metacharacters that current Docker escapes (20.10 did not)', () => {
    const pm = new PatternMatcher(['a+b*', '(x)?', '{y}*', '$z*']);
    expect(pm.matchesOrParentMatches('a+bc')).toBe(true);
    expect(pm.matchesOrParentMatches('aab')).toBe(false);
    expect(pm.matchesOrParentMatches('(x)1')).toBe(true);
    expect(pm.matchesOrParentMatches('{y}.txt')).toBe(true);
    expect(pm.matchesOrParentMatches('$z.txt')).toBe(true);
  });
  it('keeps Go regexp meaning of an unescaped "^" (an anchor, so "a^b*" never matches)', () => {
    const pm = new PatternMatcher(['a^b*']);
    expect(pm.matchesOrParentMatches('a^bc')).toBe(false);
  });
  it('reports a regexp Go cannot compile when the pattern is first used', () => {
    const pm = new PatternMatcher(['[z-a]*']);
    expect(() => pm.matchesOrParentMatches('x')).toThrow(/invalid pattern/);
  });
  it('prunes an excluded directory unless an exception pattern starts with its path', () => {
    expect(new PatternMatcher(['a']).canSkipDir('a')).toBe(true);
    expect(new PatternMatcher(['a', '!a/keep']).canSkipDir('a')).toBe(false);
    expect(new PatternMatcher(['a', '!**/keep']).canSkipDir('a')).toBe(true);
    expect(new PatternMatcher(['*', '!src']).canSkipDir('src2')).toBe(true);
    expect(new PatternMatcher(['*', '!src/x']).canSkipDir('src')).toBe(false);
  });
});
