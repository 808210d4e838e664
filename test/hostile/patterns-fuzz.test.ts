// Fuzzing the pattern engines (issue 14, proof): the linear-time matcher gives exactly the answers of
// the previous compiler (the same Go-equivalent regexp run by JavaScript's backtracking engine) on
// short inputs, and its cost — counted in matcher steps (patterns/stats.ts), never in time — stays
// flat per character as names grow to 4 KiB, for every pattern, hostile ones included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goMatch } from '../../src/patterns/go.js';
import { GitIgnoreMatcher } from '../../src/patterns/gitmatch.js';
import { PatternError, PatternMatcher, type Pattern } from '../../src/patterns/matcher.js';
import { matchStats } from '../../src/patterns/stats.js';

const patternArb = fc.stringMatching(/^[ab*?/\\[\]^.!-]{1,14}$/);
const pathArb = fc.stringMatching(/^[ab/.^\\*-]{0,12}$/);

function compiled(p: string): Pattern | undefined {
  try {
    return new PatternMatcher([p]).patterns[0];
  } catch (e) {
    if (e instanceof PatternError) return undefined;
    throw e;
  }
}

type Outcome = boolean | 'error';
const outcome = (f: () => boolean): Outcome => {
  try {
    return f();
  } catch (e) {
    if (e instanceof PatternError || e instanceof SyntaxError) return 'error';
    throw e;
  }
};

/** The previous compiler: the same regexp source, run by RegExp. */
function reference(pattern: Pattern, path: string): Outcome {
  const src = pattern.regexpSource();
  if (src === undefined) return outcome(() => pattern.match(path)); // exact / prefix / suffix: plain string tests, unchanged
  return outcome(() => new RegExp(src, 'u').test(path));
}

function referenceParents(pattern: Pattern, path: string): boolean {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return false;
  const dirs = path.slice(0, slash).split('/');
  for (let k = 0; k < dirs.length; k++) if (reference(pattern, dirs.slice(0, k + 1).join('/')) === true) return true;
  return false;
}

describe('the linear .dockerignore matcher equals the regexp compiler', () => {
  it('on random patterns and paths (fast-check, fixed seed)', () => {
    let regexps = 0;
    fc.assert(
      fc.property(patternArb, fc.array(pathArb, { minLength: 1, maxLength: 8 }), (p, paths) => {
        const pattern = compiled(p);
        if (pattern === undefined) return;
        if (pattern.regexpSource() !== undefined) regexps++;
        for (const path of paths) {
          expect([p, path, outcome(() => pattern.match(path))]).toEqual([p, path, reference(pattern, path)]);
          expect([p, path, pattern.matchParentDir(path)]).toEqual([p, path, referenceParents(pattern, path)]);
        }
      }),
      { seed: 1402, numRuns: 4000 },
    );
    expect(regexps).toBeGreaterThan(1000); // the regexp engine itself was exercised, not only plain string tests
  });

  it("on moby's own regexp shapes with word-boundary and class escapes", () => {
    const cases: [string, string, boolean][] = [
      ['a\\bb', 'ab', false],
      ['\\d*', '12', true],
      ['[\\d]x', '1x', true],
      ['[^\\w]', '-', true],
      ['a\\Bb', 'ab', true],
      ['x\\tz', 'x\tz', true],
      ['**/a[b-d]*', 'q/r/acz', true],
    ];
    for (const [p, path, want] of cases) {
      const pattern = compiled(p)!;
      expect([p, path, pattern.match(path)]).toEqual([p, path, want]);
      expect(reference(pattern, path)).toBe(want);
    }
  });
});

/** Steps per character for names of length n built from `unit`, with the pattern's worst of several shapes. */
function perChar(measure: (name: string) => void, n: number, units: string[]): number {
  let worst = 0;
  for (const unit of units) {
    const name = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const before = matchStats.steps;
    measure(name);
    worst = Math.max(worst, (matchStats.steps - before) / n);
  }
  return worst;
}

const hostile = [
  '*a*a*a*a*a*a*a*a*b',
  'x/**/**/**/**/**/**/y',
  '**/**/**/**/**/**/**/**/q',
  'a**a**a**a**a**a**b',
  '[a-z]*[a-z]*[a-z]*[a-z]*!',
];
const units = ['a', 'x/', 'ab/', 'aaaaaaa/x/', 'a/b/c/'];

describe('cost per character stays flat as names grow to 4 KiB', () => {
  const flat = (measure: (name: string) => void): void => {
    const small = perChar(measure, 256, units);
    const large = perChar(measure, 4096, units);
    expect(large).toBeLessThanOrEqual(small * 1.25 + 1);
  };

  it('.dockerignore: match and parent directories, hostile and random patterns', () => {
    for (const p of hostile) {
      const pattern = compiled(p)!;
      flat((name) => pattern.match(name));
      flat((name) => pattern.matchParentDir(name));
    }
    fc.assert(
      fc.property(patternArb, (p) => {
        const pattern = compiled(p);
        if (pattern === undefined || outcome(() => pattern.match('')) === 'error') return;
        flat((name) => pattern.match(name));
        flat((name) => pattern.matchParentDir(name));
      }),
      { seed: 1403, numRuns: 300 },
    );
  });

  it('COPY globs (filepath.Match)', () => {
    for (const p of ['*a*a*a*a*a*a*a*a*a*a*b', '*a?*a?*[ab]*b', '*/*/*/*/*/*/y']) {
      flat((name) => goMatch(p, name));
    }
  });

  it('.gitignore', () => {
    for (const p of [...hostile, '/x/**/**/**/**/y/', '!**/a*a*a*a*a*b']) {
      const m = new GitIgnoreMatcher([{ pattern: p, mark: 1 }]);
      flat((name) => m.test(name));
    }
  });
});

describe('exec(): the Pike VM gives the positions of a backtracking RegExp (Dockerfile ${v#pat} ${v%pat} ${v/pat/r})', () => {
  const token = fc.constantFrom('a', 'b', '.', '.*', '.*?', 'a*', 'b*?', '\\.', 'a?', '(?:ab)*');
  const sourceArb = fc
    .tuple(fc.boolean(), fc.array(token, { minLength: 1, maxLength: 7 }))
    .map(([anchor, t]) => (anchor ? '^' : '') + t.join(''));
  const textArb = fc.stringMatching(/^[ab.\n]{0,14}$/);

  it('on random expressions and texts, from every start (fast-check, fixed seed)', async () => {
    const { LinearRegexp } = await import('../../src/patterns/nfa.js');
    fc.assert(
      fc.property(sourceArb, textArb, (source, text) => {
        const ours = new LinearRegexp(source);
        const re = new RegExp(source, 'gu');
        for (let from = 0; from <= text.length; from++) {
          re.lastIndex = from;
          const m = re.exec(text);
          const want = m === null ? undefined : { start: m.index, end: m.index + m[0].length };
          expect([source, text, from, ours.exec(text, from)]).toEqual([source, text, from, want]);
        }
      }),
      { seed: 1404, numRuns: 3000 },
    );
  });

  it('cost stays flat per character for ${v##*a*a*a*a*a*a*a*b}-shaped expressions', async () => {
    const { LinearRegexp } = await import('../../src/patterns/nfa.js');
    for (const source of ['^.*a.*a.*a.*a.*a.*a.*a.*b', '^.*?a.*?a.*?a.*?b', '.*a.*a.*a.*b']) {
      const re = new LinearRegexp(source);
      const cost = (n: number): number => {
        const before = matchStats.steps;
        re.exec('a'.repeat(n));
        return (matchStats.steps - before) / n;
      };
      expect(cost(4096)).toBeLessThanOrEqual(cost(256) * 1.25 + 1);
    }
  });
});
