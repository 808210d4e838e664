// The one table of figures (src/model/metrics.ts): what derives from it says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureOutputs } from '../../src/action/outputs.js';
import { USAGE } from '../../src/cli/args.js';
import { compareReports } from '../../src/compare/compare.js';
import { figuresOf } from '../../src/model/baseline.js';
import { FIGURES, METRICS } from '../../src/model/metrics.js';
import { BUDGET_KEYS } from '../../src/model/verdict.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { report, target } from './reports.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string }>;
  outputs: Record<string, unknown>;
};

describe('METRICS', () => {
  it('has one row per key', () => {
    expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
  });

  it('budget keys are the budgetable figures, absolute and as growth', () => {
    expect(FIGURES).toEqual(METRICS.filter((m) => m.budgetable).map((m) => m.key));
    expect([...BUDGET_KEYS].sort()).toEqual(FIGURES.flatMap((f) => [f, `${f}-increase`]).sort());
    expect(USAGE).toContain(`KEY: ${FIGURES.join(', ')},`);
    expect(action.inputs.budgets!.description.replace(/\s+/g, ' ')).toContain(`KEY: ${FIGURES.join(', ')}, or one of those with -increase`);
  });

  it('every figure with an output is an output of action.yml, and nothing else is', () => {
    const r = report([target('a', 100)]);
    const outputs = Object.keys(figureOutputs(r)).filter((k) => k !== 'breached');
    expect(outputs.sort()).toEqual(METRICS.flatMap((m) => ('output' in m ? [`${m.output}-bytes`, `${m.output}-delta`] : [])).sort());
    for (const o of outputs) expect(Object.keys(action.outputs)).toContain(o);
  });

  it('the comparison holds every figure, and the summary table a column for each that has one', () => {
    const r = report([target('a', 100)]);
    const comparison = compareReports(r, figuresOf(r), { minChange: { kind: 'bytes', bytes: 1, text: '1B' } });
    expect(comparison.targets[0]!.metrics.map((m) => m.key)).toEqual(METRICS.map((m) => m.key));
    const header = renderMarkdown(r, { comparison })
      .split('\n')
      .find((l) => l.startsWith('| Target'))!;
    // The image column shows only when a target has an image.
    for (const m of METRICS) if ('column' in m && m.key !== 'image') expect(header).toMatch(new RegExp(`\\| +${m.column} +\\|`));
  });
});
