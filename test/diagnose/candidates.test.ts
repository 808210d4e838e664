// diagnose/candidates.ts: which base names a wildcard line can match (nameBounds), so that the static index
// tries it only on those. A necessary condition only: Pattern.match decides, so it must never rule out a match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byInstruction, nameBounds, newCandidate, StaticIndex, type Candidate } from '../../src/diagnose/candidates.js';
import { keepFirst, keepFirstBy } from '../../src/diagnose/bounded.js';
import type { NeededBy } from '../../src/model/diagnostics.js';
import { compareCodePoints } from '../../src/util/sort.js';
import { extensionOf, STATIC_LINES } from '../../src/diagnose/families.js';
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

describe('StaticIndex.matches finds exactly the lines that match', () => {
  const statics = STATIC_LINES.map((s, i) => newCandidate(i, s.family, s.line, compileLine(s.line)!, 'static'));
  const index = new StaticIndex();
  for (const c of statics) index.add(c);
  const names = [
    ...STATIC_LINES.map((s) => s.line.slice(3).replace('*', 'x')),
    'a.py',
    '.env',
    '.env.local',
    'x.pyc',
    '.pyc',
    'node_modules',
    'weird\nname',
    'id_rsa',
    'readme.md',
  ];

  it('on paths made of the families’ names, newlines included (fast-check, fixed seed)', () => {
    const path = fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }).map((a) => a.join('/'));
    fc.assert(
      fc.property(path, (p) => {
        const name = p.slice(p.lastIndexOf('/') + 1);
        const out: Candidate[] = [];
        index.matches(p, name, extensionOf(name), out);
        const expected = statics.filter(
          (c) => safeMatch(c.pattern, p) && (extensionOf(name) !== '' || !/^\*\*\/\*\.[^.*?[\\/]+$/.test(c.line)),
        );
        expect({ p, got: out.map((c) => c.line).sort() }).toEqual({ p, got: expected.map((c) => c.line).sort() });
      }),
      { seed: 16, numRuns: 3000 },
    );
  });
});

describe('byInstruction: the order of "file\\0line" (9 digits), without the string', () => {
  const key = (n: NeededBy) => `${n.file}\0${String(n.line).padStart(9, '0')}`;
  const need = (file: string, line: number): NeededBy => ({ file, line, instruction: '', path: '' });
  const table: [NeededBy, NeededBy][] = [
    [need('Dockerfile', 3), need('Dockerfile', 12)],
    [need('Dockerfile', 12), need('Dockerfile', 3)],
    [need('a/Dockerfile', 1), need('a/Dockerfile.dev', 1)],
    [need('a/Dockerfile.dev', 1), need('a/Dockerfile', 2)],
    [need('é', 1), need('z', 1)],
    [need('x', 0), need('x', 0)],
  ];
  it.each(table)('%j %j', (a, b) => {
    expect(Math.sign(byInstruction(a, b))).toBe(Math.sign(compareCodePoints(key(a), key(b))));
  });

  it('keepFirstBy with it keeps what keepFirst with the string key kept (fast-check, fixed seed)', () => {
    const n = fc
      .tuple(fc.constantFrom('Dockerfile', 'Dockerfile.dev', 'a/Dockerfile', '.dockerignore', 'é'), fc.nat(2000))
      .map(([f, l]) => need(f, l));
    fc.assert(
      fc.property(fc.array(n, { maxLength: 20 }), (items) => {
        const a: NeededBy[] = [];
        const b: NeededBy[] = [];
        for (const it of items) {
          keepFirst(a, it, 3, key);
          keepFirstBy(b, it, 3, byInstruction);
        }
        expect(b).toEqual(a);
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});
