// diagnose/candidates.ts: which base names a wildcard line can match (nameBounds), so that the static index
// tries it only on those. A necessary condition only: Pattern.match decides, so it must never rule out a match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameBounds } from '../../src/diagnose/candidates.js';
import { compileLine, safeMatch } from '../../src/diagnose/docker-syntax.js';

describe('nameBounds: what the base name must look like for a line to match', () => {
  const table: [string, { prefix: string; suffix: string } | undefined][] = [
    ['**/.env.*', { prefix: '.env.', suffix: '' }],
    ['*/**/*.pyc', { prefix: '', suffix: '.pyc' }],
    ['*/**/build*', { prefix: 'build', suffix: '' }],
    ['**/a?b*c', { prefix: 'a', suffix: 'c' }],
    // no wildcard: the index by name handles it
    ['**/node_modules', undefined],
    // not one component below "**/"
    ['build/*.o', undefined],
    ['**/a/*.o', undefined],
    // a class or an escape may take anything; "**" inside a component may take a '/'
    ['**/[ab]*', undefined],
    ['**/\\**', undefined],
    ['*/**/a**b', undefined],
  ];
  it.each(table)('%j', (line, bounds) => {
    expect(nameBounds(line)).toEqual(bounds);
  });

  it('never rules out a path the line matches (fast-check, fixed seed)', () => {
    const comp = fc.stringMatching(/^[ab.*?-]{1,5}$/);
    const name = fc.stringMatching(/^[ab.*?-]{1,4}$/);
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((a) => a.join('/'));
    fc.assert(
      fc.property(fc.boolean(), comp, fc.array(path, { minLength: 1, maxLength: 20 }), (probe, x, paths) => {
        const line = (probe ? '*/**/' : '**/') + x;
        const p = compileLine(line);
        const bounds = nameBounds(line);
        if (p === undefined || bounds === undefined) return;
        for (const path of paths) {
          if (!safeMatch(p, path)) continue;
          const base = path.slice(path.lastIndexOf('/') + 1);
          expect({ line, path, within: base.startsWith(bounds.prefix) && base.endsWith(bounds.suffix) }).toEqual({
            line,
            path,
            within: true,
          });
        }
      }),
      { seed: 16, numRuns: 3000 },
    );
  });
});
