// Issue 10 item 9: the trend chart shows the trend. Golden markdown for 30 measurements on 3 days, a missing value
// and 2 targets, its Mermaid blocks parsed by mermaid's own parser; and the rules one by one (each failed before).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/model/baseline.js';
import { loadHistory } from '../../src/artifacts/history.js';
import { REPORT_FILE } from '../../src/artifacts/names.js';
import { isoWeek, parseWindow, periods, renderTrend, type TrendPoint } from '../../src/render/trend.js';
import { mermaidBlocks, parseMermaid } from './mermaid.js';
import { report, target } from '../model/reports.js';

const GOLDEN = 'test/fixtures/golden/trend.md';
const sha = (i: number): string => (0x1000000 + i * 7919).toString(16).padEnd(40, 'a');

/** 30 measurements: 10 a day on 3 days; "api" grows by 100 kB a measurement, "worker" is missing on the second day. */
function history(): TrendPoint[] {
  return Array.from({ length: 30 }, (_, i) => {
    const d = 14 + Math.floor(i / 10);
    const date = `2026-09-${d}T${String(8 + (i % 10)).padStart(2, '0')}:15:00Z`;
    const targets = [target('api', 2_000_000 + i * 100_000), ...(i >= 10 && i < 20 ? [] : [target('worker', 500_000 + (i % 3) * 1000)])];
    return { date, commit: sha(i), runUrl: `https://github.com/acme/shop/actions/runs/${1000 + i}`, report: figuresOf(report(targets)) };
  });
}

const xLabels = (block: string): string[] => JSON.parse(/x-axis (\[.*\])/.exec(block)![1]!);
const values = (block: string): number[] => JSON.parse(/\bline (\[.*\])/.exec(block)![1]!);

describe('golden: 30 measurements on 3 days, a missing value, 2 targets', () => {
  const md = renderTrend(history(), {
    points: 30,
    time: { text: '12w', since: '2026-06-24T00:00:00Z' },
    leftOut: { older: 4, sameDay: 0, beyond: 0 },
  });

  it('renders exactly the committed markdown (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('every Mermaid block parses (mermaid 11.17.2, the parser GitHub draws with)', async () => {
    expect(await parseMermaid(md)).toEqual(['xychart', 'xychart']);
  }, 60_000);

  it("one point per day, the day's last measurement, each label once", () => {
    const [api, worker] = mermaidBlocks(md);
    expect(xLabels(api!)).toEqual(['2026-09-14', '2026-09-15', '2026-09-16']);
    expect(values(api!)).toEqual([2.9, 3.9, 4.9]);
    expect(xLabels(worker!)).toEqual(['2026-09-14', '2026-09-16']);
    expect(md).toContain('_worker: 1 day without a context figure is not plotted (no point, not 0)._');
  });

  it("an explicit line colour, readable on GitHub's light and dark themes", () => {
    for (const b of mermaidBlocks(md)) expect(b).toMatch(/"plotColorPalette": "#1f6feb"/);
  });

  it('says what the window left out', () => {
    expect(md).toContain(
      '_Window: the last 12 weeks (since 2026-06-24), at most 30 points. Left out: 4 measurements older than the window._',
    );
  });
});

describe('the rules', () => {
  it('measurements of one day get distinct labels (date or time, and short commit), not one "MM-DD" for all', () => {
    const pts = history().slice(0, 5);
    const [api] = mermaidBlocks(renderTrend(pts));
    const labels = xLabels(api!);
    expect(new Set(labels).size).toBe(5);
    expect(labels[0]).toBe(`08:15 ${sha(0).slice(0, 7)}`);
  });

  it('a missing value is not plotted as 0: the point is left out and the report says so', () => {
    const pts = history().slice(17, 23); // worker missing in 17-19; 6 measurements: one point each
    const md = renderTrend(pts);
    const [api, worker] = mermaidBlocks(md);
    expect(values(api!)).toHaveLength(6);
    expect(values(worker!)).toHaveLength(3);
    expect(values(worker!)).not.toContain(0);
    expect(md).toContain('worker: 3 measurements without a context figure are not plotted (no point, not 0).');
  });

  it('weeks past 40 days', () => {
    const pts: TrendPoint[] = Array.from({ length: 120 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2))).toISOString(),
      commit: sha(i),
      report: figuresOf(report([target('a', i)])),
    }));
    const p = periods(pts);
    expect(p.by).toBe('week');
    expect(p.periods[0]!.label).toBe('2026-W01');
  });

  it('ISO weeks and time windows', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(parseWindow('12w')).toBe(84 * 86400000);
    expect(parseWindow('30d')).toBe(30 * 86400000);
    expect(parseWindow('6m')).toBe(180 * 86400000);
    for (const bad of ['', '0w', '12', 'w', '12y', '1.5w']) expect(parseWindow(bad)).toBeUndefined();
  });
});

describe('the history behind the chart (loadHistory)', () => {
  /** 50 baselines: 10 a day on 5 days (2026-09-10 .. 14), newest last. */
  const artifacts = Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    name: 'docker-size-baseline-default',
    sizeInBytes: 100,
    expired: false,
    createdAt: `2026-09-${10 + Math.floor(i / 10)}T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`,
    expiresAt: null,
    run: { id: 1000 + i, repositoryId: 7, headRepositoryId: 7, headBranch: 'main', headSha: sha(i) },
  }));
  const gh = {
    listArtifacts: async () => artifacts,
    getRun: async (id: number) => ({
      id,
      event: 'schedule',
      headSha: sha(id - 1000),
      htmlUrl: `https://github.com/acme/shop/actions/runs/${id}`,
    }),
  };
  const store = { download: async () => ({ [REPORT_FILE]: JSON.stringify(report([target('api', 1000)])) }) };
  const q = { name: 'docker-size-baseline-default', repoId: 7, branch: 'main', now: Date.parse('2026-09-15T00:00:00Z') };

  it('more baselines than points: one per day, its last; what was left out is counted', async () => {
    const h = await loadHistory(gh as never, store as never, { ...q, limit: 29 });
    expect(h.points.map((p) => p.date)).toEqual(['10', '11', '12', '13', '14'].map((d) => `2026-09-${d}T17:00:00Z`));
    expect(h.leftOut).toEqual({ older: 0, sameDay: 45, beyond: 0 });
  });

  it('a time window leaves out the older days, and says how many', async () => {
    const h = await loadHistory(gh as never, store as never, { ...q, limit: 29, since: Date.parse('2026-09-13T00:00:00Z') });
    expect(new Set(h.points.map((p) => p.date.slice(0, 10)))).toEqual(new Set(['2026-09-13', '2026-09-14']));
    expect(h.points).toHaveLength(20); // within the point limit: every measurement of the window
    expect(h.leftOut).toEqual({ older: 30, sameDay: 0, beyond: 0 });
    const few = await loadHistory(gh as never, store as never, { ...q, limit: 3, since: Date.parse('2026-09-12T00:00:00Z') });
    expect(few.points.map((p) => p.date)).toEqual(['2026-09-12T17:00:00Z', '2026-09-13T17:00:00Z', '2026-09-14T17:00:00Z']);
    expect(few.leftOut).toEqual({ older: 20, sameDay: 27, beyond: 0 });
  });

  it('few baselines: every one, as before', async () => {
    const h = await loadHistory(gh as never, store as never, { ...q, limit: 60 });
    expect(h.points).toHaveLength(50);
    expect(h.leftOut).toEqual({ older: 0, sameDay: 0, beyond: 0 });
  });
});
