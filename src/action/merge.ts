// Mode `merge`: the last job of a matrix (one job per service, each run with `mode: measure` and its own
// comment-key) collects the report artifacts the run's jobs uploaded, compares each with its own baseline,
// and the pipeline posts ONE comment, ONE summary and ONE verdict for all targets. On a push it also stores
// each part's baseline, under the name the part's own job would have used. A matrix job that failed (and
// so uploaded nothing) is named. The artifacts were produced by the jobs' code: each is validated like the
// fork-safe hand-off report.
import { reportName } from '../artifacts/names.js';
import { MAX_ARTIFACT_BYTES } from '../artifacts/select.js';
import type { ArtifactStore } from '../artifacts/store.js';
import type { BaselineResult } from '../artifacts/find.js';
import { REPORT_FILE } from '../artifacts/names.js';
import { compareReports } from '../compare/compare.js';
import type { Comparison } from '../model/comparison.js';
import type { Limit } from '../util/size.js';
import { httpStatus, type GitHubRest } from '../github/rest.js';
import { escapeMarkdown as esc } from '../render/escape.js';
import type { Report } from '../model/report.js';
import { InputError } from '../util/errors.js';
import { nameMd } from './approval.js';
import { validateHandoff } from './handoff.js';

/** At most this many parts (matrix jobs) are merged. */
export const MAX_PARTS = 100;

export interface Part {
  /** The comment-key of the job that measured it (the artifact name's suffix). */
  key: string;
  report: Report;
}

export interface Collected {
  parts: Part[];
  /** Artifacts that could not be used, with the reason. */
  refused: string[];
  /** Jobs of the run that failed, were cancelled or timed out (their parts are missing). */
  failedJobs: string[];
  /** Why the jobs could not be listed, if they could not. */
  jobsNote: string | undefined;
}

export async function collectParts(gh: GitHubRest, store: ArtifactStore, prefix: string, runId: number): Promise<Collected> {
  const head = reportName(prefix, '');
  const listed = (await gh.listRunArtifacts(runId)).filter((a) => a.name.startsWith(head) && !a.expired);
  const parts: Part[] = [];
  const refused: string[] = [];
  for (const a of listed.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    if (parts.length >= MAX_PARTS) {
      refused.push(`${a.name}: more than ${MAX_PARTS} reports; the rest are left out`);
      break;
    }
    if (a.sizeInBytes > MAX_ARTIFACT_BYTES) {
      refused.push(`${a.name}: too large to be a report (${a.sizeInBytes} bytes)`);
      continue;
    }
    try {
      const files = await store.download(a.id, runId, [REPORT_FILE], MAX_ARTIFACT_BYTES * 2);
      const text = files[REPORT_FILE];
      if (text === undefined) {
        refused.push(`${a.name}: holds no ${REPORT_FILE}`);
        continue;
      }
      parts.push({ key: a.name.slice(head.length), report: validateHandoff(JSON.parse(text), `artifact ${a.name}`) });
    } catch (e) {
      refused.push(
        e instanceof InputError
          ? e.oneLine()
          : `${a.name}: ${e instanceof SyntaxError ? `${REPORT_FILE} is not JSON` : (e as Error).message.split('\n')[0]}`,
      );
    }
  }
  let failedJobs: string[] = [];
  let jobsNote: string | undefined;
  try {
    failedJobs = (await gh.listJobs(runId))
      .filter((j) => j.status === 'completed' && ['failure', 'cancelled', 'timed_out'].includes(j.conclusion ?? ''))
      .map((j) => j.name);
  } catch (e) {
    jobsNote = `the run's jobs could not be listed (HTTP ${httpStatus(e) ?? 'error'}); with \`actions: read\` they can`;
  }
  return { parts, refused, failedJobs, jobsNote };
}

export interface ComparedPart extends Part {
  baseline: BaselineResult | undefined;
  comparison: Comparison;
}

/**
 * One report and one comparison from the parts: their targets side by side. A target name that occurs in
 * more than one part is shown as `key/name`.
 */
export function mergeParts(parts: readonly ComparedPart[], toolVersion: string, minChange: Limit): Report {
  const count = new Map<string, number>();
  for (const p of parts) for (const t of p.report.targets) count.set(t.name, (count.get(t.name) ?? 0) + 1);
  for (const p of parts) for (const c of p.comparison.targets) if (c.status === 'removed') count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const rename = (p: Part, name: string): string => ((count.get(name) ?? 0) > 1 ? `${p.key}/${name}` : name);
  const report: Report = { schemaVersion: 1, tool: { name: 'docker-size-guard', version: toolVersion }, targets: [] };
  const comparison: Comparison = { hasBaseline: parts.some((p) => p.comparison.hasBaseline), minChange, targets: [] };
  for (const p of parts) {
    report.targets.push(...p.report.targets.map((t) => ({ ...t, name: rename(p, t.name) })));
    comparison.targets.push(...p.comparison.targets.map((c) => ({ ...c, name: rename(p, c.name) })));
  }
  report.comparison = comparison;
  return report;
}

export function compareParts(parts: readonly Part[], baselines: readonly (BaselineResult | undefined)[], minChange: Limit): ComparedPart[] {
  return parts.map((p, i) => ({
    ...p,
    baseline: baselines[i],
    comparison: compareReports(p.report, baselines[i]?.found?.report, { minChange }),
  }));
}

/** The lines the merged comment shows under its headline: each part's baseline, and what is missing. */
export function mergeNotes(parts: readonly ComparedPart[], c: Pick<Collected, 'refused' | 'failedJobs' | 'jobsNote'>): string[] {
  const notes: string[] = [];
  const each = parts.map((p) => {
    const b = p.baseline?.found;
    return `${nameMd(p.key)} ${b ? `compared with \`${b.commit.slice(0, 12)}\`` : `no baseline${p.baseline && !p.baseline.found ? ` (${esc(p.baseline.note)})` : ''}`}`;
  });
  notes.push(`Merged the reports of ${parts.length} job${parts.length === 1 ? '' : 's'}: ${each.join('; ') || 'none'}.`);
  const missing = [...c.failedJobs.map((j) => `job ${nameMd(j)} failed, so its targets are missing`), ...c.refused.map((r) => esc(r))];
  if (missing.length > 0)
    notes.push(
      `> [!WARNING]\n${missing
        .slice(0, 20)
        .map((m) => `> - ${m}`)
        .join('\n')}${missing.length > 20 ? `\n> - and ${missing.length - 20} more` : ''}`,
    );
  if (c.jobsNote) notes.push(`> [!NOTE]\n> ${esc(c.jobsNote)}: a failed matrix job may be missing without notice.`);
  return notes;
}
