// Issue 10 item 8: the headline says the total change first, then a verdict a reviewer can trust: "within budget"
// only when budgets exist, "no budgets set" otherwise, and error findings raised into it. Golden markdown for the
// four cases, each with its Mermaid blocks parsed by mermaid's own parser.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../src/budget/budgets.js';
import { decide } from '../../src/budget/decide.js';
import { compareReports } from '../../src/compare/compare.js';
import type { Diagnostics } from '../../src/model/diagnostics.js';
import type { Report } from '../../src/model/report.js';
import { figuresOf } from '../../src/model/baseline.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { parseMermaid } from './mermaid.js';
import { report, target } from '../model/reports.js';

const minChange = { kind: 'bytes', bytes: 1000, text: '1kB' } as const;

/** A secret copied into the image: the error finding the headline must raise. */
function secretCopied(): Diagnostics {
  return {
    families: [
      { family: 'secrets', label: 'Secrets', bytes: 60, files: 1 },
      { family: 'other', label: 'Everything else', bytes: 629_940, files: 3 },
    ],
    suggestions: [{ line: '**/.env', family: 'secrets', bytes: 60, files: 1, copiedBytes: 60, examples: ['.env'] }],
    withheld: [],
    block: {
      file: '.dockerignore',
      create: true,
      text: '# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)\n**/.env\n',
      contextGrowth: 0,
    },
    savings: { before: 630_000, removed: 60, removedFiles: 1, after: 629_940 },
    drift: { gitignoreFiles: [], items: [], covered: 0 },
    findings: [
      {
        rule: 'secret-in-context',
        severity: 'error',
        file: 'Dockerfile',
        line: 2,
        message:
          'secret in the build context: .env (environment file, 60 B; contents not shown); COPY . . (Dockerfile:2) copies it into the image; "**/.env" in the suggested block keeps it out',
      },
    ],
  };
}

/** The +1998 % jump of the observation: 30 kB to 630 kB. */
function render(budgets: string[], diagnostics?: Diagnostics): string {
  const base = report([target('Dockerfile', 30_000)]) as Report;
  const cur = report([target('Dockerfile', 630_000, [], diagnostics ? { diagnostics } : {})]) as Report;
  const comparison = compareReports(cur, figuresOf(base), { minChange });
  const list = budgets.map((b) => parseBudget(b.split('=')[0] as 'context', 'fail', b.split('=')[1]!, 'test'));
  const verdict = decide(comparison, () => list, true);
  return renderMarkdown(cur, { comparison, verdict, budgets: list.length, baseline: { commit: 'abcdef1234567', date: '2026-09-14' } });
}

const CASES: [string, string][] = [
  ['no-budgets', render([])],
  ['within-budget', render(['context=1MB'])],
  ['breach', render(['context=500kB'])],
  ['error-finding', render([], secretCopied())],
];

describe.each(CASES)('golden headline: %s', (name, md) => {
  const file = `test/fixtures/golden/headline-${name}.md`;
  it('renders exactly the committed markdown (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, md);
    expect(md).toBe(readFileSync(file, 'utf8'));
  });
  it('its Mermaid blocks parse', async () => {
    await parseMermaid(md);
  }, 60_000);
  it('the total change comes first', () => {
    expect(md.split('\n')[0]).toBe('## 📦 Docker size: context +600 kB (+2000.0%) 🚨 · copied +600 kB (+2000.0%) 🚨');
  });
});

describe('the verdict line', () => {
  const verdict = (md: string): string => md.split('\n')[2]!;
  it('never "within budget" without budgets: a +2000 % jump with none set says so', () => {
    expect(verdict(CASES[0]![1])).toBe('**ℹ️ Docker size: no budgets set**');
  });
  it('"within budget" when budgets exist and hold', () => {
    expect(verdict(CASES[1]![1])).toBe('**✅ Docker size: within budget**');
  });
  it('a breach', () => {
    expect(verdict(CASES[2]![1])).toBe('**❌ Docker size: 1 budget exceeded**');
  });
  it('an error finding (a secret copied into the image) is raised into the headline', () => {
    expect(verdict(CASES[3]![1])).toBe('**❌ Docker size: a secret copied into the image · no budgets set**');
  });
});
