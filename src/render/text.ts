// The report for people at a terminal: the figures, the block to paste and the verdict first, then the details.
// Pure: colour and width come in as a Terminal (src/render/terminal.ts).
import type { Comparison, TargetComparison } from '../model/comparison.js';
import type { MetricKey } from '../model/metrics.js';
import type { Verdict } from '../model/verdict.js';
import { renderImageText } from './image-text.js';
import { renderDiagnosticsText, renderFixBlockText } from './diagnostics-text.js';
import { paint, PLAIN, wrap, type Terminal } from './terminal.js';
import { formatBytes, formatCount } from '../util/units.js';
import { formatDelta, formatLimit, printable } from './format.js';
import type { Report, TargetReport, Totals } from '../model/report.js';

export interface TextContext {
  comparison?: Comparison;
  verdict?: Verdict;
  baselineNote?: string;
  /** Colour and width of the terminal written to; default plain text, not wrapped. */
  terminal?: Terminal;
  /** How many budgets were set over all targets; "within budget" is said only when some were. */
  budgets?: number;
}

/**
 * The first screen holds what to act on: per target the figures and the block to paste into the ignore file,
 * then the verdict; the details (what changed, largest entries, image, findings, warnings) follow.
 */
export function renderText(report: Report, ctx: TextContext = {}): string {
  const t = ctx.terminal ?? PLAIN;
  const cmpOf = (target: TargetReport): TargetComparison | undefined => ctx.comparison?.targets.find((c) => c.name === target.name);
  const parts = report.targets.map((target) => renderSummary(target, cmpOf(target), t));
  if (ctx.comparison && !ctx.comparison.hasBaseline && ctx.baselineNote)
    parts.push(lines(t, [`No baseline: ${printable(ctx.baselineNote)}`]));
  for (const c of ctx.comparison?.targets ?? [])
    if (c.status === 'removed') parts.push(`Target ${printable(c.name)}: removed since the baseline\n`);
  if (ctx.verdict) parts.push(renderVerdict(ctx.verdict, t, ctx.budgets));
  for (const target of report.targets) {
    const details = renderDetails(target, cmpOf(target), t);
    if (details.length > 0) parts.push(`${paint(t, 'bold', `Details of ${printable(target.name)}`)}\n${details.join('\n')}\n`);
  }
  return parts.join('\n');
}

/** Lines wrapped to the terminal with a hanging indent of their own indent + `extra`, joined, with a final newline. */
function lines(t: Terminal, ls: string[], extra = 4): string {
  return ls.flatMap((l) => wrap(t, l, /^ */.exec(l)![0].length + extra)).join('\n') + '\n';
}

function renderVerdict(v: Verdict, t: Terminal, budgets = v.breaches.length + v.unchecked.length): string {
  // Every budget that could not be checked, with why: over unreadable bytes at its level, else a note.
  const unknown = v.unchecked.map(
    (u) =>
      `  ${u.unknown ? (u.level === 'fail' ? 'FAIL' : 'warn') : 'note'}  ${printable(u.target)}: ${u.key} unchecked: ${printable(u.reason)}`,
  );
  if (v.breaches.length === 0 && unknown.length > 0) {
    const within = budgets > unknown.length ? 'the others within budget, ' : '';
    const head = `${within}${unknown.length} unchecked${v.failed ? ' (failing)' : ''}`;
    return `Budgets: ${paint(t, v.failed ? ['bold', 'red'] : 'yellow', head)}\n${unknown.join('\n')}\n`;
  }
  if (v.breaches.length === 0) return budgets === 0 ? 'Budgets: none set\n' : `Budgets: ${paint(t, 'green', 'all within budget')}\n`;
  const rows = v.breaches.map((b) => {
    const unit = (n: number): string => (b.limit.kind === 'percent' ? `${n === Infinity ? '∞' : n.toFixed(1)}%` : formatBytes(n));
    const what = b.key.endsWith('-increase') ? `${b.key.replace(/-increase$/, '')} growth` : b.key;
    const text = `  ${b.level === 'fail' ? 'FAIL' : 'warn'}  ${printable(b.target)}: ${what} ${unit(b.actual)} is over ${formatLimit(b.limit)} by ${unit(b.margin)} (${printable(b.source)})`;
    return wrap(t, text, 8)
      .map((l, i) =>
        i === 0 ? l.replace(/^ {2}(FAIL|warn)/, (_, w: string) => `  ${paint(t, w === 'FAIL' ? ['bold', 'red'] : 'yellow', w)}`) : l,
      )
      .join('\n');
  });
  const head = `${v.breaches.length} breached${v.failed ? ' (failing)' : ''}`;
  return `Budgets: ${paint(t, v.failed ? ['bold', 'red'] : 'yellow', head)}\n${[...rows, ...unknown].join('\n')}\n`;
}

function delta(c: TargetComparison | undefined, key: MetricKey, t: Terminal): string {
  const m = c?.metrics.find((x) => x.key === key);
  if (!c || c.status !== 'compared' || !m || m.delta === null) return c?.status === 'added' ? '  (new target)' : '';
  if (!m.changed) return '  (unchanged)';
  return `  ${paint(t, m.delta > 0 ? 'red' : 'green', formatDelta(m.delta, m.percent))}`;
}

/** The figures and the paste-ready block: what fits the first screen. */
function renderSummary(target: TargetReport, cmp: TargetComparison | undefined, t: Terminal): string {
  const out: string[] = [];
  const c = target.context;
  out.push(
    ...wrap(t, `Build context of ${printable(c.path)}${target.name !== c.path ? ` (target ${printable(target.name)})` : ''}`, 2).map((l) =>
      paint(t, 'bold', l),
    ),
  );
  out.push(
    ...wrap(
      t,
      `  ignore file: ${c.ignoreFile === null ? 'none (everything is sent)' : `${printable(c.ignoreFile)} (${c.patterns} ${c.patterns === 1 ? 'pattern' : 'patterns'})`}`,
      4,
    ),
  );
  out.push('');
  out.push(`  context   ${paint(t, 'bold', pad(formatBytes(c.bytes)))}  ${counts(c)}${delta(cmp, 'context', t)}`);
  if (target.copied) {
    const w = target.copied.wholeContext;
    const how =
      w.length > 0
        ? `  whole context: ${w.map((i) => `${printable(i.instruction)} (${printable(target.copied!.dockerfile)}:${i.line})`).join(', ')}`
        : '';
    const line = `  copied    ${paint(t, 'bold', pad(formatBytes(target.copied.bytes)))}  ${counts(target.copied)}${delta(cmp, 'copied', t)}  [stage ${printable(target.copied.target)}]${how}`;
    out.push(...wrap(t, line, 23));
  }
  if (c.tarBytes !== undefined) {
    out.push(
      ...wrap(
        t,
        `  as tar    ${pad(formatBytes(c.tarBytes))}  what the classic builder sends ("Sending build context"), with tar headers and padding`,
        23,
      ),
    );
  }
  out.push(...renderFixBlockText(target.diagnostics, t));
  return out.join('\n') + '\n';
}

/** What changed, the largest entries, the image, the diagnostics and the warnings. */
function renderDetails(target: TargetReport, cmp: TargetComparison | undefined, t: Terminal): string[] {
  const out: string[] = [];
  const c = target.context;
  if (cmp && cmp.paths.length > 0) {
    out.push('', '  Changed since the baseline');
    for (const p of cmp.paths) {
      const d = paint(t, p.delta > 0 ? 'red' : 'green', formatDelta(p.delta, null).padStart(10));
      out.push(`    ${d}  ${printable(p.path)}${p.status === 'new' ? '  (new)' : p.status === 'gone' ? '  (gone)' : ''}`);
    }
  }
  if (c.largestFiles.length > 0) {
    out.push('', '  Largest files');
    for (const f of c.largestFiles) out.push(`    ${pad(formatBytes(f.bytes))}  ${printable(f.path)}`);
  }
  if (c.largestDirectories.length > 0) {
    out.push('', '  Largest directories');
    for (const d of c.largestDirectories) out.push(`    ${pad(formatBytes(d.bytes))}  ${printable(d.path)}/  (${count(d.files, 'file')})`);
  }
  out.push(...renderImageText(target.image));
  out.push(...renderDiagnosticsText(target.diagnostics, t));
  if (target.warnings.length > 0) {
    out.push('', '  Warnings');
    for (const w of target.warnings)
      out.push(...wrap(t, `    ! ${printable(w)}`, 6).map((l, i) => (i === 0 ? l.replace('! ', paint(t, 'yellow', '!') + ' ') : l)));
  }
  // Whatever is still wider than the terminal (a long note, a table row) wraps under its own indent.
  return out.slice(out[0] === '' ? 1 : 0).flatMap((l) => wrap(t, l, /^ */.exec(l)![0].length + 4));
}

function counts(t: Totals): string {
  const parts = [count(t.files, 'file'), count(t.symlinks, 'symlink'), count(t.directories, 'directory', 'directories')];
  if (t.unreadable > 0) parts.push(`${formatCount(t.unreadable)} unreadable`);
  return parts.join(', ');
}

function pad(s: string): string {
  return s.padStart(9);
}

/** "1 file", "2 files". */
function count(n: number, one: string, many = one + 's'): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
