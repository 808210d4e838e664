// The report for people at a terminal.
import type { Comparison, MetricKey, TargetComparison } from '../model/comparison.js';
import type { Verdict } from '../model/verdict.js';
import { renderImageText } from './image-text.js';
import { renderDiagnosticsText } from './diagnostics-text.js';
import { formatBytes, formatCount } from '../util/units.js';
import { formatDelta, formatLimit } from './format.js';
import type { Report, TargetReport, Totals } from '../model/report.js';

export interface TextContext {
  comparison?: Comparison;
  verdict?: Verdict;
  baselineNote?: string;
}

export function renderText(report: Report, ctx: TextContext = {}): string {
  const parts = report.targets.map((t) => renderTarget(t, ctx.comparison?.targets.find((c) => c.name === t.name)));
  if (ctx.comparison && !ctx.comparison.hasBaseline && ctx.baselineNote) parts.push(`No baseline: ${printable(ctx.baselineNote)}\n`);
  for (const c of ctx.comparison?.targets ?? []) if (c.status === 'removed') parts.push(`Target ${printable(c.name)}: removed since the baseline\n`);
  if (ctx.verdict) parts.push(renderVerdict(ctx.verdict));
  return parts.join('\n');
}

function renderVerdict(v: Verdict): string {
  const unknown = v.unchecked.filter((u) => u.unknown).map((u) => `  ${u.level === 'fail' ? 'FAIL' : 'warn'}  ${printable(u.target)}: ${u.key} unchecked: ${u.reason}`);
  if (v.breaches.length === 0 && unknown.length > 0) return `Budgets: ${unknown.length} unchecked${v.failed ? ' (failing)' : ''}\n${unknown.join('\n')}\n`;
  if (v.breaches.length === 0) return 'Budgets: all within budget\n';
  const lines = v.breaches.map((b) => {
    const unit = (n: number): string => (b.limit.kind === 'percent' ? `${n === Infinity ? '∞' : n.toFixed(1)}%` : formatBytes(n));
    const what = b.key.endsWith('-increase') ? `${b.key.replace(/-increase$/, '')} growth` : b.key;
    return `  ${b.level === 'fail' ? 'FAIL' : 'warn'}  ${printable(b.target)}: ${what} ${unit(b.actual)} is over ${formatLimit(b.limit)} by ${unit(b.margin)} (${printable(b.source)})`;
  });
  return `Budgets: ${v.breaches.length} breached${v.failed ? ' (failing)' : ''}\n${[...lines, ...unknown].join('\n')}\n`;
}

function delta(c: TargetComparison | undefined, key: MetricKey): string {
  const m = c?.metrics.find((x) => x.key === key);
  if (!c || c.status !== 'compared' || !m || m.delta === null) return c?.status === 'added' ? '  (new target)' : '';
  return m.changed ? `  ${formatDelta(m.delta, m.percent)}` : '  (unchanged)';
}

function renderTarget(t: TargetReport, cmp: TargetComparison | undefined): string {
  const out: string[] = [];
  const c = t.context;
  out.push(`Build context of ${printable(c.path)}${t.name !== c.path ? ` (target ${printable(t.name)})` : ''}`);
  out.push(`  ignore file: ${c.ignoreFile === null ? 'none (everything is sent)' : `${printable(c.ignoreFile)} (${c.patterns} patterns)`}`);
  out.push('');
  out.push(`  context   ${pad(formatBytes(c.bytes))}  ${counts(c)}${delta(cmp, 'context')}`);
  if (t.copied) {
    const w = t.copied.wholeContext;
    const how = w.length > 0 ? `  whole context: ${w.map((i) => `${printable(i.instruction)} (${printable(t.copied!.dockerfile)}:${i.line})`).join(', ')}` : '';
    out.push(`  copied    ${pad(formatBytes(t.copied.bytes))}  ${counts(t.copied)}${delta(cmp, 'copied')}  [stage ${printable(t.copied.target)}]${how}`);
  }
  if (cmp && cmp.paths.length > 0) {
    out.push('', '  Changed since the baseline');
    for (const p of cmp.paths) out.push(`    ${formatDelta(p.delta, null).padStart(10)}  ${printable(p.path)}${p.status === 'new' ? '  (new)' : p.status === 'gone' ? '  (gone)' : ''}`);
  }
  if (c.largestFiles.length > 0) {
    out.push('', '  Largest files');
    for (const f of c.largestFiles) out.push(`    ${pad(formatBytes(f.bytes))}  ${printable(f.path)}`);
  }
  if (c.largestDirectories.length > 0) {
    out.push('', '  Largest directories');
    for (const d of c.largestDirectories) out.push(`    ${pad(formatBytes(d.bytes))}  ${printable(d.path)}/  (${formatCount(d.files)} files)`);
  }
  out.push(...renderImageText(t.image));
  out.push(...renderDiagnosticsText(t.diagnostics));
  if (t.warnings.length > 0) {
    out.push('', '  Warnings');
    for (const w of t.warnings) out.push(`    ! ${printable(w)}`);
  }
  return out.join('\n') + '\n';
}

function counts(t: Totals): string {
  const parts = [`${formatCount(t.files)} files`, `${formatCount(t.symlinks)} symlinks`, `${formatCount(t.directories)} directories`];
  if (t.unreadable > 0) parts.push(`${formatCount(t.unreadable)} unreadable`);
  return parts.join(', ');
}

function pad(s: string): string {
  return s.padStart(9);
}

/** Control characters in file names must not drive the terminal. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
