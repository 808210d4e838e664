// The diagnostics section of the markdown report (src/render/markdown.ts calls it once per target):
// a Mermaid pie of the context by family, the suggested lines with their savings, the block ready
// to paste, and the findings. Untrusted text is escaped (escapeMarkdown) everywhere but in the
// pasteable block, a code block whose lines hold no backtick or control character (see
// docker-syntax.ts: such paths get no line).
import { markdownTable } from 'markdown-table';
import { escapeMarkdown as esc } from './escape.js';
import { sizeCell as size } from './html.js';
import { formatBytes, formatCount } from '../util/units.js';
import { UNWRITABLE } from '../diagnose/docker-syntax.js';
import { FAMILY_LABELS } from '../diagnose/families.js';
import type { Diagnostics, FamilyId, Finding } from '../model/diagnostics.js';

const MARK: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** @param rows how many rows each table may show (the report trims it to fit GitHub's limit) */
export function renderDiagnosticsMarkdown(d: Diagnostics | undefined, name: string, rows: number): string[] {
  if (!d || rows <= 0) return [];
  const body: string[] = [];
  const sv = d.savings;

  // Only our own labels and whole numbers reach the diagram (a report may come from elsewhere).
  const slices = d.families.filter((f) => Object.hasOwn(FAMILY_LABELS, f.family) && Number.isSafeInteger(f.bytes) && f.bytes > 0);
  if (slices.length > 0) {
    body.push('```mermaid', 'pie showData title Build context by family (bytes)');
    for (const f of slices) body.push(`    "${FAMILY_LABELS[f.family]}" : ${f.bytes}`);
    body.push('```', '');
  }

  if (d.suggestions.length > 0) {
    const table = [['Line', 'Saves', 'Files', 'Family', 'Also out of the image', 'For example']];
    for (const s of d.suggestions.slice(0, rows * 2)) {
      table.push([
        esc(s.line),
        size(s.bytes),
        formatCount(s.files),
        esc(familyLabel(s.family)),
        s.copiedBytes > 0 ? size(s.copiedBytes) : '–',
        esc(s.examples.join(', ')),
      ]);
    }
    body.push(markdownTable(table, { align: ['l', 'r', 'r', 'l', 'r', 'l'] }), '');
    if (d.suggestions.length > rows * 2) body.push(`_${d.suggestions.length - rows * 2} more lines in the block below._`, '');
    body.push(
      `Each line's savings count the lines above it. The block removes ${size(sv.removed)} in ${plural(sv.removedFiles, 'file')}: the context goes from ${size(sv.before)} to **${size(sv.after)}**.`,
      '',
    );
  }
  if (d.block && !UNWRITABLE.test(d.block.text.replace(/\n/g, ''))) {
    const how = d.block.create ? `Create ${esc(d.block.file)} with` : `Append to ${esc(d.block.file)}`;
    body.push(`${how} (\`docker-size-guard --fix\` does it):`, '', '```', d.block.text.replace(/^\n/, '').replace(/\n$/, ''), '```', '');
  }
  if (d.withheld.length > 0) {
    const table = [['Line', 'Would remove', 'Not suggested because']];
    for (const w of d.withheld.slice(0, rows)) {
      const why = w.neededBy
        .map((n) => `${escText(n.instruction)} (${esc(n.file)}${n.line > 0 ? `:${n.line}` : ''}) needs ${esc(n.path)}`)
        .join('; ');
      table.push([esc(w.line), size(w.bytes), why]);
    }
    body.push(markdownTable(table, { align: ['l', 'r', 'l'] }), '');
  }
  if (d.findings.length > 0) {
    body.push('**Findings**', '');
    for (const f of d.findings.slice(0, rows * 3)) {
      const at = f.file === undefined ? '' : `${esc(f.file)}${f.line !== undefined ? `:${f.line}` : ''}: `;
      body.push(`- ${MARK[f.severity]} ${at}${escText(f.message)}`);
    }
    if (d.findings.length > rows * 3) body.push(`- … ${d.findings.length - rows * 3} more in the JSON report`);
    body.push('');
  }
  if (d.drift.items.length > 0) {
    const table = [['.gitignore rule', 'Docker line', 'Here', 'Status']];
    for (const i of d.drift.items.slice(0, rows * 2)) {
      table.push([
        `${esc(i.file)}:${i.line} ${esc(i.pattern)}`,
        i.dockerLine === '' ? '–' : esc(i.dockerLine),
        i.status === 'present' ? `${size(i.bytes)} in ${plural(i.files, 'file')}` : '–',
        i.status === 'present' ? 'in the context' : 'risk: not excluded',
      ]);
    }
    body.push("**.gitignore vs .dockerignore** (a clean checkout in CI lacks these paths; developers' machines have them)", '');
    body.push(markdownTable(table, { align: ['l', 'l', 'r', 'l'] }), '');
  }
  if (body.length === 0) return [];
  const summary =
    sv.removed > 0
      ? `${esc(name)}: what to add to the ignore file (saves ${formatBytes(sv.removed)} of ${formatBytes(sv.before)})`
      : `${esc(name)}: diagnostics`;
  const open = d.suggestions.length > 0 || d.findings.some((f) => f.severity === 'error') ? ' open' : '';
  return [`<details${open}><summary>${summary}</summary>\n\n${body.join('\n').trimEnd()}\n\n</details>\n`];
}

/** escapeMarkdown shortens long names; a message is escaped word by word so that it is kept whole. */
function escText(s: string): string {
  return s.split(' ').map(esc).join(' ');
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

function familyLabel(family: FamilyId): string {
  return Object.hasOwn(FAMILY_LABELS, family) ? FAMILY_LABELS[family] : 'unknown';
}
