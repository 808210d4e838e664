// diagnose/gitignore.ts: a file's rule found from what its directory decided once (gitDir + gitRuleIn) is the
// rule gitRuleFor finds by asking every scope about the whole path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gitDir, gitRuleFor, gitRuleIn, makeScope, type GitScope } from '../../src/diagnose/gitignore.js';

function scopesFor(root: string, nested: string, above: string): GitScope[] {
  return [makeScope(above, '../.gitignore', '', ['ctx']), makeScope(root, '.gitignore', ''), makeScope(nested, 'a/.gitignore', 'a')];
}

function both(scopes: GitScope[], path: string, isDir = false) {
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const inScope = scopes.filter((s) => s.dir === '' || dir === s.dir || dir.startsWith(s.dir + '/'));
  const viaDir = gitRuleIn(gitDir(dir, inScope), path, path.slice(slash + 1), isDir);
  const full = gitRuleFor(path, isDir, inScope);
  return { path, viaDir: viaDir && `${viaDir.file}:${viaDir.line}`, full: full && `${full.file}:${full.line}` };
}

describe('gitRuleIn(gitDir(dir)) equals gitRuleFor, for files and directories', () => {
  const table: [string, string, string, string[]][] = [
    ['*.log\n!keep.log\n', 'build/\n', 'ctx/secret/\n', ['x.log', 'keep.log', 'a/x.log', 'a/keep.log', 'a/build/y', 'secret/z']],
    ['a/b/\n', '!b/\n*.tmp\n', '', ['a/b/c', 'a/b/c.tmp', 'a/c.tmp', 'c.tmp']],
    ['/top\n', 'top\n', 'ctx/top\n', ['top', 'a/top', 'a/x/top', 'x/top']],
    ['', '', 'ctx/**/deep/*\n', ['deep/f', 'a/deep/f', 'a/x/deep/f', 'f']],
    ['*\n!*/\n!*.py\n', '', '', ['m.py', 'm.txt', 'a/m.py', 'a/b/m.txt']],
  ];
  it.each(table)('%j %j %j', (root, nested, above, paths) => {
    const scopes = scopesFor(root, nested, above);
    const results = [...paths.map((p) => both(scopes, p)), ...paths.map((p) => both(scopes, p, true))];
    expect(results.some((r) => r.full !== undefined)).toBe(true); // not vacuous: some path is ignored
    for (const r of results) expect(r.viaDir).toBe(r.full);
  });

  it('random rules and paths (fast-check, fixed seed)', () => {
    const seg = fc.stringMatching(/^[ab*?!.-]{1,3}$/);
    const rule = fc
      .tuple(fc.boolean(), fc.boolean(), fc.array(seg, { minLength: 1, maxLength: 2 }), fc.boolean())
      .map(([neg, lead, segs, trail]) => (neg ? '!' : '') + (lead ? '/' : '') + segs.join('/') + (trail ? '/' : ''));
    const text = fc.array(rule, { maxLength: 4 }).map((r) => r.join('\n'));
    const name = fc.stringMatching(/^[ab.-]{1,2}$/);
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((a) => a.join('/'));
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.array(
          fc.oneof(
            path,
            path.map((p) => 'a/' + p),
          ),
          { minLength: 1, maxLength: 15 },
        ),
        (root, nested, above, paths) => {
          const scopes = scopesFor(root, nested, above.replace(/^(!?)\/?/gm, '$1ctx/'));
          for (const p of paths) {
            for (const isDir of [false, true]) {
              const r = both(scopes, p, isDir);
              expect({ root, nested, above, isDir, ...r, viaDir: r.viaDir }).toEqual({ root, nested, above, isDir, ...r, viaDir: r.full });
            }
          }
        },
      ),
      { seed: 16, numRuns: 1000 },
    );
  });
});
