// The steps of the action's pipeline (src/action/main.ts) that talk to GitHub: each takes its adapters as
// parameters and leaves the decisions to the pure modules.
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBaseline, type BaselineResult, type StoredReport } from '../artifacts/find.js';
import { loadHistory } from '../artifacts/history.js';
import { baselineName, REPORT_FILE } from '../artifacts/names.js';
import type { ArtifactStore } from '../artifacts/store.js';
import { httpStatus, type GitHubRest } from '../github/rest.js';
import { COMMENT_LIMIT, marker, upsertSticky } from '../github/sticky.js';
import { trackRegression, type TrackingResult } from '../github/tracking.js';
import { escapeMarkdown as esc } from '../render/escape.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { figuresOf } from '../model/baseline.js';
import type { Report } from '../model/report.js';
import { renderTrend } from '../trend/trend.js';
import { runUrl, type RunContext } from './event.js';
import type { PullTarget } from './handoff.js';
import type { ActionInputs } from './inputs.js';
import { storedReport } from './targets.js';
import { annotations, anyChange, figureOutputs, type Annotation } from './outputs.js';

export const FORK_HINT =
  'The token of this run cannot write to the pull request (a pull request from a fork gets a read-only GITHUB_TOKEN), so the comment was skipped; ' +
  'the report is in the job summary. To comment on pull requests from forks, use the fork-safe pair: `mode: measure` on pull_request and ' +
  '`mode: comment` on workflow_run (README, "Pull requests from forks").';

const nameOf = (inputs: ActionInputs, report: Report): string => baselineName(inputs.baselineArtifact, inputs.commentKey, report.targets.map((t) => t.name));

export async function storeBaseline(store: ArtifactStore, inputs: ActionInputs, ctx: RunContext, report: Report, branch: string): Promise<void> {
  const name = nameOf(inputs, report);
  try {
    const id = await store.upload(name, { [REPORT_FILE]: renderJson(storedReport(report)) }, inputs.retentionDays);
    core.info(`Stored the baseline of ${branch} as artifact "${name}" (id ${id ?? '?'}) of run ${ctx.runId}.`);
    core.setOutput('baseline-artifact', name);
  } catch (e) {
    // In mode "baseline" storing is the point of the run; in "auto" a failed upload must not fail the check.
    if (inputs.mode === 'baseline') throw e;
    core.warning(`The baseline could not be stored as artifact "${name}": ${(e as Error).message}`);
  }
}

export async function findPullBaseline(gh: GitHubRest, store: ArtifactStore, inputs: ActionInputs, ctx: RunContext, report: Report, pr: PullTarget): Promise<BaselineResult> {
  const name = nameOf(inputs, report);
  core.setOutput('baseline-artifact', name);
  if (ctx.repoId === undefined) return { found: undefined, note: 'the repository id is unknown (GITHUB_REPOSITORY_ID is not set)', skipped: [] };
  const result = await findBaseline(gh, store, { name, repoId: ctx.repoId, branch: pr.baseRef, baseSha: pr.baseSha, headSha: pr.headSha, now: Date.now() });
  for (const why of result.skipped) core.info(`Baseline: skipped ${why}`);
  core.info(result.found ? `Baseline: artifact ${result.found.artifactId} of ${result.found.commit} (${result.found.runUrl})` : `No baseline: ${result.note}`);
  return result;
}

export interface TrendHistory {
  points: StoredReport[];
  /** The oldest point of the window: the schedule's comparison baseline. */
  start: StoredReport | undefined;
}

export async function loadTrendHistory(gh: GitHubRest, store: ArtifactStore, inputs: ActionInputs, ctx: RunContext, report: Report, branch: string): Promise<TrendHistory> {
  if (ctx.repoId === undefined) return { points: [], start: undefined };
  try {
    const h = await loadHistory(gh, store, { name: nameOf(inputs, report), repoId: ctx.repoId, branch, now: Date.now(), limit: inputs.trendPoints - 1, excludeRunId: ctx.runId });
    for (const why of h.skipped) core.info(`Trend: skipped ${why}`);
    return { points: h.points, start: h.points[0] };
  } catch (e) {
    core.warning(`The history of stored baselines could not be read: ${(e as Error).message}`);
    return { points: [], start: undefined };
  }
}

export interface TrendResult {
  markdown: string;
  tracking?: TrackingResult;
}

/** The trend table and chart, and the tracking issue opened, updated or closed on the window's verdict. */
export async function reportTrend(gh: GitHubRest, inputs: ActionInputs, ctx: RunContext, report: Report, history: TrendHistory): Promise<TrendResult> {
  const now = { date: new Date().toISOString(), commit: ctx.sha, runUrl: runUrl(ctx, ctx.runId), report: figuresOf(report) };
  const markdown = renderTrend([...history.points.map((p) => ({ date: p.date, commit: p.commit, runUrl: p.runUrl, report: p.report })), now]);
  const breaches = report.verdict?.breaches.filter((b) => b.level === 'fail') ?? [];
  const regressed = breaches.length > 0;
  const title = regressed ? `Docker size over budget: ${[...new Set(breaches.map((b) => `${b.target} ${b.key}`))].join(', ')}`.slice(0, 200) : '';
  const body = renderMarkdown(report, context(report, history.start ? { found: history.start, skipped: [] } : undefined, 50000)) + '\n' + markdown;
  try {
    const tracking = await trackRegression(gh, { label: inputs.issueLabel, key: inputs.commentKey, author: inputs.commentAuthor }, regressed, title, body);
    if (tracking.step !== 'none') core.info(`Tracking issue #${tracking.number}: ${tracking.step}`);
    if (tracking.url) core.setOutput('issue-url', tracking.url);
    return { markdown, tracking };
  } catch (e) {
    core.warning(`The tracking issue could not be ${regressed ? 'opened or updated' : 'checked'} (HTTP ${httpStatus(e) ?? 'error'}): the scheduled workflow needs \`issues: write\`. ${(e as Error).message}`);
    return { markdown };
  }
}

function context(report: Report, baseline: BaselineResult | undefined, maxLength: number) {
  const found = baseline?.found;
  return {
    comparison: report.comparison,
    verdict: report.verdict,
    baseline: found ? { commit: found.commit, date: found.date.slice(0, 10), runUrl: found.runUrl } : undefined,
    baselineNote: baseline && !baseline.found ? baseline.note : undefined,
    maxLength,
  };
}

export interface PublishInput {
  gh: GitHubRest;
  inputs: ActionInputs;
  report: Report;
  baseline: BaselineResult | undefined;
  trend: TrendResult | undefined;
  /** The pull request to comment on; undefined when there is none or the run may not comment. */
  pr: PullTarget | undefined;
  /** A pull request from a fork in auto mode: say why there is no comment. */
  forkPr: boolean;
}

/** GitHub's job summary is limited to 1 MiB per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

export async function publish(p: PublishInput): Promise<void> {
  const { inputs, report } = p;
  const markdown = renderMarkdown(report, context(report, p.baseline, COMMENT_LIMIT - marker(inputs.commentKey).length - 1));

  const jsonPath = join(process.env.RUNNER_TEMP ?? process.env.GITHUB_WORKSPACE ?? process.cwd(), 'docker-size-guard-report.json');
  writeFileSync(jsonPath, renderJson(report));
  for (const [k, v] of Object.entries(figureOutputs(report))) core.setOutput(k, v);
  core.setOutput('report-json', jsonPath);
  core.setOutput('report-markdown', markdown);
  core.setOutput('baseline-commit', p.baseline?.found?.commit ?? '');

  const { shown, overflow } = annotations(report, report.verdict);
  for (const a of shown) core[a.level](a.message, { title: a.title });

  let commentNote: string | undefined;
  if (p.forkPr) {
    core.warning(FORK_HINT);
    commentNote = FORK_HINT;
  } else if (p.pr) {
    commentNote = await comment(p, p.pr, markdown);
  }

  const extra: string[] = [];
  if (p.trend?.markdown) extra.push(p.trend.markdown);
  if (p.trend?.tracking?.url) extra.push(`Tracking issue: #${p.trend.tracking.number} (${p.trend.tracking.step}).`);
  if (overflow.length > 0) extra.push(overflowSection(overflow));
  if (commentNote) extra.push(`> [!NOTE]\n> ${commentNote}`);
  if (p.baseline && p.baseline.skipped.length > 0) {
    extra.push(`<details><summary>Baseline search</summary>\n\n${p.baseline.skipped.slice(0, 50).map((s) => `- ${esc(s)}`).join('\n')}\n\n</details>`);
  }
  let summary = [markdown, ...extra].join('\n\n') + '\n';
  if (Buffer.byteLength(summary) > SUMMARY_LIMIT) summary = markdown;
  await core.summary.addRaw(summary).write();
}

async function comment(p: PublishInput, pr: PullTarget, markdown: string): Promise<string | undefined> {
  const { inputs, report } = p;
  try {
    const r = await upsertSticky(
      p.gh,
      pr.number,
      {
        key: inputs.commentKey,
        author: inputs.commentAuthor,
        policy: inputs.comment,
        changed: anyChange(report.comparison),
        breached: (report.verdict?.breaches.length ?? 0) > 0,
      },
      markdown,
    );
    if (r.action === 'skipped') {
      core.info(`No comment: ${r.reason}.`);
      return undefined;
    }
    core.info(`Comment ${r.action}: ${r.url}`);
    core.setOutput('comment-url', r.url);
    return undefined;
  } catch (e) {
    if (httpStatus(e) === 403) {
      core.warning(FORK_HINT);
      return FORK_HINT;
    }
    const msg = `The pull-request comment could not be written (HTTP ${httpStatus(e) ?? 'error'}): ${(e as Error).message}`;
    core.warning(msg);
    return msg;
  }
}

function overflowSection(rest: Annotation[]): string {
  const lines = rest.map((a) => `- ${a.level}: ${esc(a.title)}: ${esc(a.message)}`);
  return `<details><summary>${rest.length} more finding${rest.length > 1 ? 's' : ''} (GitHub shows 10 annotations of each kind per step)</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
