// The scheduled regression report: a chart GitHub renders (Mermaid xychart-beta) and a table of the points, for
// each target. A point is one measurement, labelled by date and short commit so that no two share a label, or past
// MAX_MEASUREMENT_POINTS a period's last measurement (a day; a week past MAX_DAYS days). A measurement
// without the figure is left out of the chart (never drawn as 0) and said so; the line has an explicit colour that
// reads on GitHub's light and dark themes; what the window left out is said in one line. Pure.
import { markdownTable } from 'markdown-table';
import type { BaselineFigures, TargetFigures } from '../model/figures.js';
import { metric, type MetricKey } from '../model/metrics.js';
import { escapeMarkdown as esc } from './escape.js';
import { formatDelta } from './format.js';
import { formatBytes, formatCount } from '../util/units.js';

export interface TrendPoint {
  /** ISO date of the measurement. */
  date: string;
  commit: string;
  runUrl?: string;
  report: BaselineFigures;
}

/** What the window kept and left out (the action's `trend-window` and `trend-points` inputs). */
export interface TrendWindow {
  /** The time window as the user wrote it ("12w"), and where it starts (ISO date). */
  time?: { text: string; since: string };
  /** At most this many points. */
  points?: number;
  /** Measurements left out: older than the window, earlier ones of a day kept by its last, beyond the point count. */
  leftOut?: { older: number; sameDay: number; beyond: number };
}

/** The figures charted (src/model/metrics.ts): the image's where measured, else the build context's. */
type Figure = Extract<MetricKey, 'image' | 'context'>;

function figureOf(t: TargetFigures | undefined, f: Figure): number | null {
  return t ? metric(f).read(t) : null;
}

/** Names safe inside a Mermaid string and a code fence. */
function plain(s: string): string {
  return s.replace(/[^A-Za-z0-9 ._/#:-]/g, '_').slice(0, 60);
}

const MAX_CHARTS = 5;
/** Up to this many measurements are plotted one by one (labelled by date and commit); past it, one per day. */
const MAX_MEASUREMENT_POINTS = 12;
/** Past this many days the points are weeks. */
const MAX_DAYS = 40;
/** GitHub's accent blue and red: both read on the light and the dark theme. */
export const LINE_COLOURS = ['#1f6feb', '#cf222e'];

interface Period {
  label: string;
  /** The period's measurements, oldest first; the last one is plotted. */
  points: TrendPoint[];
}

const day = (p: TrendPoint): string => p.date.slice(0, 10);

/** ISO week of a date ("2026-W05"). */
export function isoWeek(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the Thursday of its week decides the year
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - start) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The points to plot: one per measurement when no day holds two, when all are of one day, or when there are few;
 * else one per day (per week past MAX_DAYS days), the period's last measurement.
 */
export function periods(points: readonly TrendPoint[]): { by: 'measurement' | 'day' | 'week'; periods: Period[] } {
  const days = new Set(points.map(day));
  if (days.size === points.length || days.size === 1 || points.length <= MAX_MEASUREMENT_POINTS) {
    const short = (c: string): string => (/^[0-9a-f]{7,40}$/.test(c) ? c.slice(0, 7) : '');
    const sameDay = days.size === 1 && points.length > 1;
    return {
      by: 'measurement',
      periods: points.map((p, i) => ({
        label: [sameDay ? p.date.slice(11, 16) : day(p), short(p.commit) || `#${i + 1}`].join(' '),
        points: [p],
      })),
    };
  }
  const by = days.size > MAX_DAYS ? 'week' : 'day';
  const key = by === 'week' ? (p: TrendPoint) => isoWeek(day(p)) : day;
  const out: Period[] = [];
  for (const p of points) {
    const k = key(p);
    const last = out[out.length - 1];
    if (last && last.label === k) last.points.push(p);
    else out.push({ label: k, points: [p] });
  }
  return { by, periods: out };
}

export function renderTrend(points: readonly TrendPoint[], window: TrendWindow = {}): string {
  if (points.length === 0) return '';
  const names = [...new Set(points.flatMap((p) => p.report.targets.map((t) => t.name)))];
  const { by, periods: ps } = periods(points);
  const span = `${day(points[0]!)} to ${day(points[points.length - 1]!)}`;
  const per = by === 'measurement' ? 'one point per measurement' : `one point per ${by}, its last measurement`;
  const out: string[] = [`### Size trend: ${plural(points.length, 'measurement')}, ${span} (${per})`, ''];
  const left = leftOutLine(window);
  if (left) out.push(left, '');

  for (const name of names.slice(0, MAX_CHARTS)) {
    const figure: Figure = points.some(
      (p) =>
        figureOf(
          p.report.targets.find((t) => t.name === name),
          'image',
        ) !== null,
    )
      ? 'image'
      : 'context';
    const plotted: { label: string; value: number }[] = [];
    let missing = 0;
    for (const period of ps) {
      const last = [...period.points].reverse().find(
        (p) =>
          figureOf(
            p.report.targets.find((t) => t.name === name),
            figure,
          ) !== null,
      );
      if (!last) {
        missing++;
        continue;
      }
      plotted.push({
        label: period.label,
        value: figureOf(
          last.report.targets.find((t) => t.name === name),
          figure,
        )!,
      });
    }
    if (plotted.length === 0) continue;
    const max = Math.max(...plotted.map((p) => p.value)) / 1e6;
    const top = max === 0 ? 1 : Number((max * 1.1).toPrecision(2));
    out.push(
      '```mermaid',
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOURS[0]}"}}}}%%`,
      'xychart-beta',
      `  title "${plain(name)}: ${metric(figure).label} (MB)"`,
      `  x-axis [${plotted.map((p) => `"${plain(p.label)}"`).join(', ')}]`,
      `  y-axis "MB" 0 --> ${top}`,
      `  line [${plotted.map((p) => Number((p.value / 1e6).toFixed(2))).join(', ')}]`,
      '```',
      '',
    );
    if (missing > 0) {
      out.push(
        `_${esc(name)}: ${plural(missing, by === 'measurement' ? 'measurement' : by)} without ${figure === 'image' ? 'an image' : 'a context'} figure ${missing === 1 ? 'is' : 'are'} not plotted (no point, not 0)._`,
        '',
      );
    }
  }
  if (names.length > MAX_CHARTS) out.push(`_Charts for the first ${MAX_CHARTS} of ${names.length} targets; the table has them all._`, '');

  const withImage = new Set(
    names.filter((n) =>
      points.some(
        (p) =>
          figureOf(
            p.report.targets.find((t) => t.name === n),
            'image',
          ) !== null,
      ),
    ),
  );
  const header = [
    by === 'measurement' ? 'Date' : by === 'day' ? 'Day (last measurement)' : 'Week (last measurement)',
    'Commit',
    ...names.flatMap((n) => [`${esc(n)}: context`, ...(withImage.has(n) ? [`${esc(n)}: image`] : [])]),
  ];
  const rows = ps.map((period) => {
    const p = period.points[period.points.length - 1]!;
    const date = by === 'measurement' ? p.date.slice(0, 16).replace('T', ' ') : period.label;
    const commit = /^[0-9a-f]{7,40}$/.test(p.commit) ? `\`${p.commit.slice(0, 7)}\`` : '';
    const cells = [p.runUrl && /^https:\/\/[^\s()<>]+$/.test(p.runUrl) ? `[${esc(date)}](${p.runUrl})` : esc(date), commit];
    for (const n of names) {
      // The period's last measurement of this target: what the chart plots.
      const t = [...period.points]
        .reverse()
        .map((x) => x.report.targets.find((y) => y.name === n))
        .find((y) => y !== undefined);
      cells.push(t ? formatBytes(t.context.bytes) : '–');
      if (withImage.has(n)) {
        const img = figureOf(t, 'image');
        cells.push(img === null ? '–' : formatBytes(img));
      }
    }
    return cells;
  });
  out.push(markdownTable([header, ...rows], { align: ['l', 'l', ...header.slice(2).map(() => 'r' as const)] }), '');

  const moves = names.map((n) => {
    const known = points.filter((p) => p.report.targets.some((t) => t.name === n));
    if (known.length < 2) return undefined;
    const a = known[0]!.report.targets.find((t) => t.name === n)!;
    const b = known[known.length - 1]!.report.targets.find((t) => t.name === n)!;
    const d = b.context.bytes - a.context.bytes;
    return `**${esc(n)}**: build context ${formatDelta(d, a.context.bytes ? (d / a.context.bytes) * 100 : null)} since ${esc(day(known[0]!))}`;
  });
  out.push(...moves.filter((m): m is string => m !== undefined).map((m) => `- ${m}`), '');
  return out.join('\n');
}

function leftOutLine(w: TrendWindow): string | undefined {
  const limits = [
    ...(w.time ? [`the last ${esc(describeWindow(w.time.text))} (since ${esc(w.time.since.slice(0, 10))})`] : []),
    ...(w.points !== undefined ? [`at most ${plural(w.points, 'point')}`] : []),
  ];
  if (limits.length === 0 && !w.leftOut) return undefined;
  const l = w.leftOut ?? { older: 0, sameDay: 0, beyond: 0 };
  const parts = [
    ...(l.older > 0 ? [`${plural(l.older, 'measurement')} older than the window`] : []),
    ...(l.sameDay > 0 ? [`${plural(l.sameDay, 'earlier measurement')} of days already shown by their last`] : []),
    ...(l.beyond > 0 ? [`${plural(l.beyond, 'older measurement')} past the point limit`] : []),
  ];
  return `_Window: ${limits.length > 0 ? limits.join(', ') : 'all stored baselines'}. Left out: ${parts.length > 0 ? parts.join('; ') : 'nothing'}._`;
}

/** "12w" -> "12 weeks". */
export function describeWindow(text: string): string {
  const m = /^(\d+)([dwm])$/.exec(text);
  if (!m) return text;
  const n = Number(m[1]);
  return plural(n, m[2] === 'd' ? 'day' : m[2] === 'w' ? 'week' : 'month');
}

/** Parses a time window ("30d", "12w", "6m"; a month is 30 days) into milliseconds; undefined when it is not one. */
export function parseWindow(text: string): number | undefined {
  const m = /^\s*(\d{1,4})\s*([dwm])\s*$/i.exec(text);
  if (!m || Number(m[1]) === 0) return undefined;
  const days = Number(m[1]) * (m[2]!.toLowerCase() === 'd' ? 1 : m[2]!.toLowerCase() === 'w' ? 7 : 30);
  return days * 86400000;
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
