// The markdown report: one renderer for the pull-request comment, the job summary and
// `--format markdown`. Everything untrusted is escaped; the result never exceeds `maxLength`
// (GitHub's 65,536-character comment limit by default): detail sections are trimmed first.
import { markdownTable } from 'markdown-table';
import type { Breach, Verdict } from '../model/verdict.js';
import { targetFigures } from '../model/baseline.js';
import type { Comparison, MetricDelta, TargetComparison } from '../model/comparison.js';
import { metric as metricRow, METRICS, type MetricKey } from '../model/metrics.js';
import { renderDiagnosticsMarkdown } from './diagnostics-markdown.js';
import { renderImageGrowthMarkdown, renderImageMarkdown } from './image-markdown.js';
import { formatBytes, formatCount } from '../util/units.js';
import { escapeMarkdown as esc } from './escape.js';
import { formatDelta, formatLimit, severity } from './format.js';
import { detailsSection as section, sizeCell as size } from './html.js';
import type { Report, TargetReport } from '../model/report.js';

/** GitHub refuses comment (and issue) bodies over 65,536 characters: the one definition of that limit. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface BaselineInfo {
  commit?: string;
  date?: string;
  runUrl?: string;
}

export interface RenderContext {
  comparison?: Comparison;
  verdict?: Verdict;
  /** Which baseline was used; with a comparison but no baseline, the report says there is none. */
  baseline?: BaselineInfo;
  /** Why there is no baseline (first run, expired, unreadable); shown as a note. */
  baselineNote?: string;
  maxLength?: number;
  /** How many rows the detail tables list (input/flag `top`); 10 by default. */
  top?: number;
  /** Lines shown under the baseline line (already markdown, escaped by the caller): e.g. a label override. */
  notes?: string[];
  /** How many budgets were set (over all targets): "within budget" is said only when some were; default: as many as the verdict names. */
  budgets?: number;
}

/** How much detail to render; lowered step by step until the report fits. */
interface Detail {
  rows: number;
  sections: boolean;
}
const DETAIL_STEPS: Detail[] = [
  { rows: 10, sections: true },
  { rows: 5, sections: true },
  { rows: 3, sections: true },
  { rows: 0, sections: false },
];

export function renderMarkdown(report: Report, ctx: RenderContext = {}): string {
  const max = ctx.maxLength ?? GITHUB_COMMENT_LIMIT;
  // `top` sets the first step; the steps below it trim further when the report does not fit.
  const top = ctx.top ?? DETAIL_STEPS[0]!.rows;
  const steps = [{ rows: top, sections: true }, ...DETAIL_STEPS.filter((d) => d.rows < top)];
  for (const [i, detail] of steps.entries()) {
    const trimmed = i > 0;
    const text = render(report, ctx, detail, trimmed);
    if (text.length <= max) return text;
  }
  // Even the summary is too long (hundreds of targets): cut at a line boundary and say so.
  const note = "\n\n_Report cut to fit GitHub's comment limit; the full report is in the JSON output._\n";
  const full = render(report, ctx, DETAIL_STEPS[DETAIL_STEPS.length - 1]!, true);
  const cut = full.slice(0, Math.max(0, max - note.length));
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}

function render(report: Report, ctx: RenderContext, detail: Detail, trimmed: boolean): string {
  const out: string[] = [`## ${totalsLine(report, ctx)}`, '', `**${verdictLine(report, ctx)}**`, ''];
  out.push(baselineLine(ctx), '');
  for (const note of ctx.notes ?? []) out.push(note, '');
  out.push(summaryTable(report, ctx), '');
  const breaches = ctx.verdict?.breaches ?? [];
  const unchecked = ctx.verdict?.unchecked ?? [];
  if (breaches.length > 0 || unchecked.length > 0) {
    out.push(
      ...breachList(breaches),
      ...unchecked.map(
        (u) =>
          `- ${u.unknown ? (u.level === 'fail' ? '❌' : '⚠️') : 'ℹ️'} **${esc(u.target)}**: the ${u.key} budget could not be checked: ${esc(u.reason)}`,
      ),
      '',
    );
  }
  if (detail.sections) {
    for (const t of report.targets) {
      const c = ctx.comparison?.targets.find((x) => x.name === t.name);
      if (c && ctx.comparison) out.push(...renderImageGrowthMarkdown(t, c, ctx.comparison.minChange, detail.rows));
      out.push(...targetDetails(t, c, detail));
    }
  }
  if (trimmed) out.push("_Details were trimmed to fit GitHub's comment limit; the full report is in the JSON output._", '');
  out.push(
    `<sub>docker-size-guard ${esc(report.tool.version)} · sizes in decimal units (1 MB = 1,000,000 bytes) · hover a size for the exact byte count</sub>`,
  );
  return out.join('\n') + '\n';
}

/**
 * The headline, CSA style: the total change first, over all targets ("📦 Docker size: context +600 kB (+1998.0%) 🚨 ·
 * copied +600 kB (+1998.0%) 🚨"), absolute figures when there is no baseline.
 */
export function totalsLine(report: Report, ctx: RenderContext): string {
  const parts: string[] = [];
  for (const key of ['context', 'copied', 'image'] as const) {
    let current = 0;
    let baseline = 0;
    let delta = 0;
    let known = false;
    let compared = false;
    for (const t of report.targets) {
      const m = ctx.comparison?.targets.find((c) => c.name === t.name)?.metrics.find((x) => x.key === key);
      const cur = m ? m.current : currentFigure(t, key);
      if (cur === null) continue;
      known = true;
      current += cur;
      if (ctx.comparison?.hasBaseline && m && m.baseline !== null && m.delta !== null) {
        compared = true;
        baseline += m.baseline;
        delta += m.delta;
      }
    }
    if (!known) continue;
    if (!compared) {
      parts.push(`${key} ${formatBytes(current)}`);
      continue;
    }
    const percent = baseline > 0 ? (delta / baseline) * 100 : null;
    const change = delta === 0 ? '±0' : formatDelta(delta, percent);
    parts.push(`${key} ${change}${delta === 0 ? '' : ` ${severity(percent, delta)}`}`.trimEnd());
  }
  return `📦 Docker size: ${parts.join(' · ')}`;
}

/**
 * The verdict under the headline: budgets breached first, then "within budget" only when budgets were set ("no
 * budgets set" otherwise); error findings (a secret copied into the image, an ignore line that breaks a COPY) are
 * raised here so that a green verdict never sits over them.
 */
export function verdictLine(report: Report, ctx: RenderContext): string {
  const v = ctx.verdict;
  const errors = report.targets.flatMap((t) => t.diagnostics?.findings.filter((f) => f.severity === 'error') ?? []);
  const secrets = errors.filter((f) => f.rule === 'secret-in-context').length;
  const breaks = errors.filter((f) => f.rule === 'excludes-needed').length;
  const other = errors.length - secrets - breaks;
  const raised = [
    ...(secrets > 0 ? [`${secrets === 1 ? 'a secret' : `${secrets} secrets`} copied into the image`] : []),
    ...(breaks > 0 ? [`${breaks === 1 ? 'an ignore line breaks' : `${breaks} ignore lines break`} a COPY`] : []),
    ...(other > 0 ? [`${plural(other, 'error')} in the findings`] : []),
  ];
  const fails = v ? v.breaches.filter((b) => b.level === 'fail').length : 0;
  const warns = v ? v.breaches.length - fails : 0;
  const budgets = budgetCount(ctx);
  let budget: string;
  if (fails > 0) budget = `${plural(fails, 'budget')} exceeded${warns ? `, ${plural(warns, 'warning')}` : ''}`;
  else if (v?.failed) budget = 'a budget could not be checked (unreadable entries)';
  else if (warns > 0) budget = plural(warns, 'warning');
  else if (budgets > 0) budget = v && v.unchecked.length === budgets ? 'budgets not checked (see below)' : 'within budget';
  else budget = 'no budgets set';
  const mark =
    fails > 0 || v?.failed || raised.length > 0 ? '❌' : warns > 0 ? '⚠️' : budgets > 0 && v && v.unchecked.length < budgets ? '✅' : 'ℹ️';
  return `${mark} Docker size: ${[...raised, budget].join(' · ')}`;
}

/** Budgets set over all targets: as the caller says, else as many as the verdict names. */
function budgetCount(ctx: RenderContext): number {
  return ctx.budgets ?? (ctx.verdict ? ctx.verdict.breaches.length + ctx.verdict.unchecked.length : 0);
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

function baselineLine(ctx: RenderContext): string {
  if (!ctx.comparison) return '';
  if (!ctx.comparison.hasBaseline)
    return `> [!NOTE]\n> No baseline to compare with${ctx.baselineNote ? `: ${esc(ctx.baselineNote)}` : ''}. Absolute figures only.`;
  const b = ctx.baseline ?? {};
  const parts = [b.commit && /^[0-9a-f]{7,40}$/.test(b.commit) ? `\`${b.commit.slice(0, 12)}\`` : 'the baseline'];
  if (b.date) parts.push(`of ${esc(b.date)}`);
  const run = b.runUrl && /^https:\/\/[^\s()<>]+$/.test(b.runUrl) ? ` ([run](${b.runUrl}))` : '';
  return `Compared with ${parts.join(' ')}${run}; changes under ${esc(formatLimit(ctx.comparison.minChange))} count as unchanged.`;
}

/** The figures with a column in the summary table (src/model/metrics.ts). */
const COLUMNS = METRICS.filter((m) => 'column' in m).map((m) => ({ key: m.key, title: m.column }));

function summaryTable(report: Report, ctx: RenderContext): string {
  const comparisons = ctx.comparison?.targets ?? [];
  const withImage = comparisons.some((c) => metric(c, 'image')?.current != null || metric(c, 'image')?.baseline != null);
  const columns = COLUMNS.filter((c) => c.key !== 'image' || withImage);
  const header = ['Target'];
  for (const c of columns) header.push(c.title, ...(ctx.comparison ? ['Δ'] : []));
  const budgetColumn = ctx.verdict !== undefined && budgetCount(ctx) > 0; // no column of ✅ over no budgets
  if (budgetColumn) header.push('Budget');
  const rows = [header];
  const names = [...report.targets.map((t) => t.name), ...comparisons.filter((c) => c.status === 'removed').map((c) => c.name)];
  for (const name of names) {
    const t = report.targets.find((x) => x.name === name);
    const c = comparisons.find((x) => x.name === name);
    const row = [esc(name) + (c?.status === 'added' ? ' (new)' : c?.status === 'removed' ? ' (removed)' : '')];
    for (const col of columns) {
      const m = c ? metric(c, col.key) : undefined;
      const current = m ? m.current : t ? currentFigure(t, col.key) : null;
      row.push(current === null ? '–' : size(current));
      if (ctx.comparison) row.push(m ? deltaCell(m, c!) : '');
    }
    if (budgetColumn) row.push(budgetCell(ctx.verdict!, name));
    rows.push(row);
  }
  return markdownTable(rows, { align: ['l', ...rows[0]!.slice(1).map(() => 'r' as const)] });
}

function currentFigure(t: TargetReport, key: MetricKey): number | null {
  return metricRow(key).read(targetFigures(t));
}

function metric(c: TargetComparison, key: MetricKey): MetricDelta | undefined {
  return c.metrics.find((m) => m.key === key);
}

function deltaCell(m: MetricDelta, c: TargetComparison): string {
  if (c.status === 'added') return 'new';
  if (c.status === 'removed') return 'removed';
  if (m.delta === null) return '–';
  if (!m.changed) return 'unchanged';
  return `${severity(m.percent, m.delta)} ${formatDelta(m.delta, m.percent)}`.trim();
}

function budgetCell(v: Verdict, target: string): string {
  const own = v.breaches.filter((b) => b.target === target);
  const unknown = v.unchecked.filter((u) => u.unknown && u.target === target);
  if (own.some((b) => b.level === 'fail') || unknown.some((u) => u.level === 'fail')) return '❌';
  if (own.length > 0 || unknown.length > 0) return '⚠️';
  // A budget of this target could not be checked (no baseline, no image): listed below the table.
  if (v.unchecked.some((u) => u.target === target)) return 'ℹ️';
  return '✅';
}

function breachList(breaches: Breach[]): string[] {
  return breaches.map((b) => {
    const mark = b.level === 'fail' ? '❌' : '⚠️';
    const figure =
      b.limit.kind === 'percent' ? `${b.actual === Infinity ? 'growth from 0' : `+${b.actual.toFixed(1)}%`}` : formatBytes(b.actual);
    const margin =
      b.limit.kind === 'percent' ? (b.margin === Infinity ? '' : ` (by ${b.margin.toFixed(1)} points)`) : ` (by ${formatBytes(b.margin)})`;
    const what = b.key.endsWith('-increase') ? `${b.key.replace(/-increase$/, '')} growth` : b.key;
    const label =
      b.acceptedBy !== undefined && /^[A-Za-z0-9 ._/():+=,-]{1,100}$/.test(b.acceptedBy) ? `\`${b.acceptedBy}\`` : esc(b.acceptedBy ?? '');
    const accepted = b.acceptedBy !== undefined ? ` — accepted by label ${label}` : '';
    return `- ${mark} **${esc(b.target)}**: ${what} ${figure} is over the ${b.acceptedBy !== undefined ? 'fail' : b.level} budget of ${esc(formatLimit(b.limit))}${margin}, set by ${esc(b.source)}${accepted}`;
  });
}

function targetDetails(t: TargetReport, c: TargetComparison | undefined, detail: Detail): string[] {
  const out: string[] = [];
  const name = esc(t.name);
  const whole = t.copied?.wholeContext ?? [];
  if (whole.length > 0) {
    const where = whole.map((i) => `line ${i.line}: ${esc(i.instruction)}`).join('; ');
    out.push(`> [!NOTE]\n> **${name}** copies the whole build context (${esc(t.copied!.dockerfile)} ${where}).`, '');
  }
  if (c && c.paths.length > 0 && detail.rows > 0) {
    const rows = [
      ['Path', 'Before', 'After', 'Δ'],
      ...c.paths
        .slice(0, detail.rows)
        .map((p) => [
          esc(p.path) + (p.status === 'new' ? ' (new)' : p.status === 'gone' ? ' (gone)' : ''),
          p.baseline === null ? '–' : size(p.baseline),
          p.current === null ? '–' : size(p.current),
          formatDelta(p.delta, p.baseline ? (p.delta / p.baseline) * 100 : null),
        ]),
    ];
    out.push(section(`${name}: what changed since the baseline`, markdownTable(rows, { align: ['l', 'r', 'r', 'r'] })));
  }
  if (detail.rows > 0 && t.context.largestFiles.length > 0) {
    const rows = [['Size', 'File'], ...t.context.largestFiles.slice(0, detail.rows).map((f) => [size(f.bytes), esc(f.path)])];
    out.push(section(`${name}: largest files in the context`, markdownTable(rows, { align: ['r', 'l'] })));
  }
  if (detail.rows > 0 && t.context.largestDirectories.length > 0) {
    const rows = [
      ['Size', 'Files', 'Directory'],
      ...t.context.largestDirectories.slice(0, detail.rows).map((d) => [size(d.bytes), formatCount(d.files), esc(d.path + '/')]),
    ];
    out.push(section(`${name}: largest directories in the context`, markdownTable(rows, { align: ['r', 'r', 'l'] })));
  }
  if (c && c.layers.some((l) => l.status !== 'kept' || l.delta !== 0) && detail.rows > 0) {
    const changed = c.layers.filter((l) => l.status !== 'kept' || l.delta !== 0).slice(0, detail.rows);
    const rows = [
      ['Layer', 'Before', 'After', 'Δ'],
      ...changed.map((l) => [
        esc(l.createdBy.slice(0, 80)) + (l.status === 'added' ? ' (new)' : l.status === 'removed' ? ' (removed)' : ''),
        l.baseline === null ? '–' : size(l.baseline),
        l.current === null ? '–' : size(l.current),
        formatDelta(l.delta, l.baseline ? (l.delta / l.baseline) * 100 : null),
      ]),
    ];
    out.push(section(`${name}: image layers that changed`, markdownTable(rows, { align: ['l', 'r', 'r', 'r'] })));
  }
  // Sections of later features (image layers, diagnostics) are added here, one call each.
  out.push(...renderImageMarkdown(t.image, t.name, detail.rows));
  out.push(...renderDiagnosticsMarkdown(t.diagnostics, t.name, detail.rows));
  if (t.warnings.length > 0 && detail.rows > 0)
    out.push(
      section(
        `${name}: warnings`,
        t.warnings
          .slice(0, detail.rows * 2)
          .map((w) => `- ${esc(w)}`)
          .join('\n'),
      ),
    );
  return out;
}
