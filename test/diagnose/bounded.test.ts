// Memory does not grow with the file count: the walk's entries are aggregated per set of
// candidate lines, so a context of hundreds of thousands of files leaves a handful of sums.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureTarget } from '../../src/targets/context.js';
import { walkContext } from '../../src/context/walk.js';
import { Collector } from '../../src/diagnose/collector.js';
import { STATIC_LINES } from '../../src/diagnose/families.js';
import { PatternMatcher } from '../../src/patterns/matcher.js';
import { monorepo, syntheticFs } from './synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'dsg-diag-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 435,000-file monorepo (synthetic filesystem)', () => {
  const m = monorepo(300);
  const fs = syntheticFs(dir, m.root);

  it('keeps a handful of sums, not a record per file', () => {
    const collector = new Collector({
      rootOnlyLines: [],
      tracked: undefined,
      wholeCopies: [],
      namedCopies: [],
      buildFiles: [],
      hasExceptions: false,
      namedByException: () => undefined,
      inspect: () => false,
      readGitignore: () => undefined,
      gitAncestors: [],
    });
    walkContext(
      dir,
      new PatternMatcher([]),
      {
        entry: (p, k, s, i) => collector.entry(p, k, s, i, false),
        unreadable() {},
        probes: ['.gitignore', 'pyvenv.cfg'],
        enterDir: (p, present) =>
          collector.listing(p, (name) => (name === '.gitignore' && (present & 1) !== 0) || (name === 'pyvenv.cfg' && (present & 2) !== 0)),
      },
      fs,
    );
    const c = collector.finish();
    expect(m.files).toBe(435_000);
    expect(c.aggs.length).toBeLessThanOrEqual(4); // {}, {node_modules}, {__pycache__, *.pyc}
    expect(c.candidates.length).toBe(STATIC_LINES.length); // no per-file lines: nothing large, nothing secret
    expect(c.aggs.reduce((s, a) => s + a.files, 0)).toBe(m.files);
    expect(c.aggs.reduce((s, a) => s + a.bytes, 0)).toBe(m.bytes);
  });

  it('and the savings are exact', async () => {
    const input = {
      contextArg: '.',
      contextDir: dir,
      dockerfile: undefined,
      buildArgs: {},
      top: 10,
      wantCopied: true,
      display: (p: string) => p,
    };
    const d = (await measureTarget(input, fs)).report.diagnostics!;
    expect(d.suggestions.map((s) => [s.line, s.bytes, s.files])).toEqual([
      ['**/node_modules', 300 * 1000 * 2000, 300 * 1000],
      ['**/__pycache__', 300 * 50 * 300, 300 * 50],
    ]);
    expect(d.savings.removed).toBe(m.culpritBytes);
    expect(d.savings.after).toBe(m.bytes - m.culpritBytes + d.block!.contextGrowth);
  });
});
