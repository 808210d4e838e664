// The markdown renderer: a golden file for a realistic two-target monorepo, and properties that
// must hold for any input: hostile names cannot break out, and the size limit is never exceeded.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/model/baseline.js';
import { runCli } from '../../src/cli/run.js';
import { decide } from '../../src/budget/decide.js';
import { compareReports } from '../../src/compare/compare.js';
import { escapeMarkdown } from '../../src/render/escape.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/render/markdown.js';
import { report, target } from '../model/reports.js';

const GOLDEN = 'test/fixtures/golden/monorepo.md';
const minChange = { kind: 'bytes', bytes: 1, text: '1B' } as const;

describe('golden: examples/monorepo against its baseline', () => {
  it('renders exactly the committed markdown (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const cwd = join(process.cwd(), 'examples/monorepo');
    const r = await runCli(['--config', '.github/docker-size.yml', '--baseline', 'baseline.json', '--format', 'markdown'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // worker's copied budget is exceeded
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, r.stdout);
    expect(r.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('docs/cli.md shows the golden summary as it is', () => {
    const golden = readFileSync(GOLDEN, 'utf8');
    const summary = golden.slice(0, golden.indexOf('<details>')).trimEnd().split('\n');
    const quoted = summary.map((l) => (l ? `> ${l}` : '>')).join('\n');
    expect(readFileSync('docs/cli.md', 'utf8')).toContain(quoted);
  });
});

/** What a rendered report must never contain when built from hostile names. */
function assertContained(md: string, hostile: string[]): void {
  for (const name of hostile) {
    // Short or letterless names ("\n| ") can occur in the report's own structure; the shape checks below cover them.
    if (name.length < 3 || !/[a-z0-9]/i.test(name)) continue;
    // A name holding markup never appears verbatim (names of our own markup, "</details>", are left to the tag checks;
    // '|', '*', '_' and '#' also occur in the report's own structure and entities, so the shape checks cover them).
    if (/[<`@\n[\\]/.test(name) && !/^<\/?(details|summary|span|sub)>$/.test(name)) expect(md.includes(name)).toBe(false);
  }
  expect(md.split('<details>').length).toBe(md.split('</details>').length);
  // Tables keep their shape: every row of a table has as many unescaped pipes as its header.
  for (const block of md.split('\n\n')) {
    const rows = block.split('\n').filter((l) => l.startsWith('|'));
    if (rows.length < 2) continue;
    const pipes = rows.map((l) => l.split('|').length);
    expect(new Set(pipes).size).toBe(1);
  }
  expect(md).not.toMatch(/<(?!\/?(details|summary|span|sub)\b)[a-z]/i); // no HTML but our own tags
  expect(md).not.toMatch(/(^|[^&\w])@[a-z0-9]/i); // no @mention
  expect(md).not.toMatch(/(^|[^&\w])#\d/); // no issue reference
  expect(md).not.toMatch(/:\/\/|www\./i); // no autolinked URL
}

const hostileName = fc.oneof(
  fc.constantFrom(
    'a|b',
    '`rm -rf`',
    '<img src=x onerror=alert(1)>',
    '@octocat',
    '#123',
    'line\nbreak',
    '**bold**',
    '[x](http://evil)',
    '\\|',
    'x'.repeat(5000),
    '<!-- -->',
    '</details>',
    '&lt;',
    'https://evil.example/x',
  ),
  fc.string({
    unit: fc.constantFrom('|', '`', '<', '>', '@', '#', '\n', 'a', '_', '*', '[', ']', '(', ')', '!', '\\', ' ', ':', '1'),
    maxLength: 40,
  }),
);

describe('properties', () => {
  it('hostile file and target names cannot break the table, ping, link or inject HTML', () => {
    fc.assert(
      fc.property(fc.array(hostileName, { minLength: 1, maxLength: 8 }), hostileName, (names, targetName) => {
        const t = target(
          targetName,
          5000,
          names.map((n, i) => [n, 1000 + i]),
        );
        t.context.largestFiles = names.map((n, i) => ({ path: n, bytes: 100 + i }));
        t.context.largestDirectories = names.map((n, i) => ({ path: n, bytes: 100 + i, files: 1 }));
        t.warnings = names;
        const base = figuresOf(
          report([
            target(
              targetName,
              1000,
              names.map((n) => [n, 1]),
            ),
          ]),
        );
        const cur = report([t]);
        const comparison = compareReports(cur, base, { minChange });
        const md = renderMarkdown(cur, { comparison, verdict: decide(comparison, () => [], true) });
        assertContained(md, [...names, targetName]);
      }),
      { numRuns: 300 },
    );
  });

  it('never exceeds the limit, trimming details first and saying so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2000, max: GITHUB_COMMENT_LIMIT }), (targets, max) => {
        const cur = report(
          Array.from({ length: targets }, (_, i) => {
            const t = target(`service-${i}-${'n'.repeat(i % 50)}`, 1000 * i);
            t.context.largestFiles = Array.from({ length: 10 }, (_, k) => ({ path: `very/long/path/${'d'.repeat(100)}/${k}`, bytes: k }));
            return t;
          }),
        );
        const comparison = compareReports(cur, undefined, { minChange });
        const md = renderMarkdown(cur, { comparison, maxLength: max });
        expect(md.length).toBeLessThanOrEqual(max);
        const full = renderMarkdown(cur, { comparison, maxLength: Infinity });
        if (full.length > max) expect(md).toMatch(/trimmed to fit|cut to fit/);
        else expect(md).toBe(full);
      }),
      { numRuns: 60 },
    );
  });

  it('escapes each markdown-significant character', () => {
    expect(escapeMarkdown('a|b`c<d>e@f#1_g*h')).toBe('a&#124;b&#96;c&lt;d&gt;e&#64;f&#35;1&#95;g&#42;h');
    expect(escapeMarkdown('x\ny')).toBe('x⏎y');
  });
});
