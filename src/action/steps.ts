// The steps of the action's pipeline (src/action/main.ts) that talk to GitHub: each takes its adapters as
// parameters and leaves the decisions to the pure modules.
import * as core from '@actions/core';
import { info } from './log.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBaseline, type BaselineResult, type StoredReport } from '../artifacts/find.js';
import { loadHistory } from '../artifacts/history.js';
import { baselineName, REPORT_FILE, reportName } from '../artifacts/names.js';
import { relative, resolve, isAbsolute, sep } from 'node:path';
import { upsertSuggestions, type FileSuggestion } from '../github/review.js';
import { formatBytes } from '../util/units.js';
import { BADGE_FILE, badgeFor, badgeJson, badgeSection } from './badge.js';
import type { ArtifactStore } from '../artifacts/store.js';
import { httpStatus, type GitHubRest } from '../github/rest.js';
import { unknownFailing } from '../model/verdict.js';
import { marker, upsertSticky } from '../github/sticky.js';
import { trackRegression, type TrackingResult } from '../github/tracking.js';
import { renderJson } from '../render/json.js';
import { renderSummaryExtras } from '../render/summary.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown, type RenderContext } from '../render/markdown.js';
import { figuresOf } from '../model/baseline.js';
import type { Report } from '../model/report.js';
import { renderTrend } from '../render/trend.js';
import { runUrl, type RunContext } from './event.js';
import type { PullTarget } from './handoff.js';
import type { ActionInputs } from './inputs.js';
import { storedReport } from './targets.js';
import { annotations, anyChange, figureOutputs } from './outputs.js';

export const FORK_HINT =
  'The token of this run cannot write to the pull request (a pull request from a fork gets a read-only GITHUB_TOKEN), so the comment was skipped; ' +
  'the report is in the job summary. To comment on pull requests from forks, use the fork-safe pair: `mode: measure` on pull_request and ' +
  '`mode: comment` on workflow_run (README, "Pull requests from forks").';

/** A pull request from this repository whose token cannot write: Dependabot, or read-only default workflow permissions. */
export const READ_ONLY_HINT =
  'The token of this run cannot write to the pull request: commenting needs the `pull-requests: write` permission, and this GITHUB_TOKEN is read-only ' +
  "(Dependabot's pull requests, and repositories whose default workflow permissions are read-only, get one). The comment was skipped; the report is in the job summary. " +
  'Grant it in the workflow: `permissions:` with `pull-requests: write` (README, "Permissions").';

const nameOf = (inputs: ActionInputs, report: Report): string =>
  baselineName(
    inputs.baselineArtifact,
    inputs.commentKey,
    report.targets.map((t) => t.name),
  );

export async function storeBaseline(
  store: ArtifactStore,
  inputs: ActionInputs,
  ctx: RunContext,
  report: Report,
  branch: string,
): Promise<void> {
  const name = nameOf(inputs, report);
  try {
    const id = await store.upload(name, { [REPORT_FILE]: renderJson(storedReport(report)) }, inputs.retentionDays);
    info(`Stored the baseline of ${branch} as artifact "${name}" (id ${id ?? '?'}) of run ${ctx.runId}.`);
    core.setOutput('baseline-artifact', name);
  } catch (e) {
    // In mode "baseline" storing is the point of the run; in "auto" a failed upload must not fail the check.
    if (inputs.mode === 'baseline') throw e;
    core.warning(`The baseline could not be stored as artifact "${name}": ${(e as Error).message}`);
  }
}

export async function findPullBaseline(
  gh: GitHubRest,
  store: ArtifactStore,
  inputs: ActionInputs,
  ctx: RunContext,
  report: Report,
  pr: PullTarget,
): Promise<BaselineResult> {
  const name = nameOf(inputs, report);
  core.setOutput('baseline-artifact', name);
  if (ctx.repoId === undefined)
    return { found: undefined, note: 'the repository id is unknown (GITHUB_REPOSITORY_ID is not set)', skipped: [] };
  const result = await findBaseline(gh, store, {
    name,
    repoId: ctx.repoId,
    branch: pr.baseRef,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    now: Date.now(),
  });
  for (const why of result.skipped) info(`Baseline: skipped ${why}`);
  info(
    result.found
      ? `Baseline: artifact ${result.found.artifactId} of ${result.found.commit} (${result.found.runUrl})`
      : `No baseline: ${result.note}`,
  );
  return result;
}

/**
 * On a push: the previous baseline of the branch — the newest stored for an earlier commit — so that the
 * summary and outputs show the delta and growth budgets work on push too.
 */
export async function findPushBaseline(
  gh: GitHubRest,
  store: ArtifactStore,
  inputs: ActionInputs,
  ctx: RunContext,
  report: Report,
  branch: string,
): Promise<BaselineResult> {
  if (ctx.repoId === undefined)
    return { found: undefined, note: 'the repository id is unknown (GITHUB_REPOSITORY_ID is not set)', skipped: [] };
  const result = await findBaseline(gh, store, {
    name: nameOf(inputs, report),
    repoId: ctx.repoId,
    branch,
    before: ctx.sha,
    now: Date.now(),
  });
  for (const why of result.skipped) info(`Previous baseline: skipped ${why}`);
  info(
    result.found
      ? `Previous baseline: artifact ${result.found.artifactId} of ${result.found.commit} (${result.found.runUrl})`
      : `No previous baseline: ${result.note}`,
  );
  return result;
}

/** The baseline of one part of a matrix merge: the part's own key decides the artifact name. */
export async function findPartBaseline(
  gh: GitHubRest,
  store: ArtifactStore,
  inputs: ActionInputs,
  ctx: RunContext,
  part: { key: string; report: Report },
  where: { pr: PullTarget } | { branch: string },
): Promise<BaselineResult> {
  if (ctx.repoId === undefined)
    return { found: undefined, note: 'the repository id is unknown (GITHUB_REPOSITORY_ID is not set)', skipped: [] };
  const name = baselineName(
    inputs.baselineArtifact,
    part.key,
    part.report.targets.map((t) => t.name),
  );
  const q =
    'pr' in where
      ? { name, repoId: ctx.repoId, branch: where.pr.baseRef, baseSha: where.pr.baseSha, headSha: where.pr.headSha, now: Date.now() }
      : { name, repoId: ctx.repoId, branch: where.branch, before: ctx.sha, now: Date.now() };
  const result = await findBaseline(gh, store, q);
  info(
    result.found
      ? `Baseline of ${part.key}: artifact ${result.found.artifactId} of ${result.found.commit}`
      : `No baseline for ${part.key}: ${result.note}`,
  );
  return result;
}

/** Stores one part of a matrix merge as its baseline, under the name its own job would have used. */
export async function storePartBaseline(store: ArtifactStore, inputs: ActionInputs, part: { key: string; report: Report }): Promise<void> {
  const name = baselineName(
    inputs.baselineArtifact,
    part.key,
    part.report.targets.map((t) => t.name),
  );
  try {
    await store.upload(name, { [REPORT_FILE]: renderJson(storedReport(part.report)) }, inputs.retentionDays);
    info(`Stored the baseline of ${part.key} as artifact "${name}".`);
  } catch (e) {
    core.warning(`The baseline of ${part.key} could not be stored as artifact "${name}": ${(e as Error).message}`);
  }
}

/**
 * The pull request's labels: the event's, or on a re-run (the labels may have changed since the event)
 * and in the trusted half of the fork-safe pair, as GitHub has them now.
 */
export async function currentLabels(gh: GitHubRest, pr: PullTarget, fromEvent: readonly string[] | undefined): Promise<string[]> {
  try {
    return (await gh.getPull(pr.number)).labels;
  } catch (e) {
    core.warning(
      `The labels of pull request #${pr.number} could not be read (HTTP ${httpStatus(e) ?? 'error'}; it needs \`pull-requests: read\`)${fromEvent ? ': using those of the event' : ''}.`,
    );
    return [...(fromEvent ?? [])];
  }
}

/** One-click review suggestions of the ignore-file lines the diagnostics propose, one per file. */
export async function postSuggestions(
  gh: GitHubRest,
  inputs: ActionInputs,
  report: Report,
  pr: PullTarget,
  workspace: string,
): Promise<void> {
  const wanted: FileSuggestion[] = [];
  for (const t of report.targets) {
    const d = t.diagnostics;
    if (!d?.block || d.block.create || d.suggestions.length === 0) continue;
    const abs = resolve(workspace, d.block.file);
    const path = relative(workspace, abs).split(sep).join('/');
    if (path === '' || path.startsWith('../') || isAbsolute(path) || wanted.some((w) => w.path === path)) continue;
    wanted.push({ path, lines: d.suggestions.map((x) => x.line), saving: formatBytes(d.savings.removed) });
  }
  for (const step of await upsertSuggestions(gh, pr, { key: inputs.commentKey, author: inputs.commentAuthor }, wanted)) {
    info(
      step.action === 'skipped'
        ? `Review suggestion for ${step.path}: skipped, ${step.reason}.`
        : `Review suggestion for ${step.path}: ${step.action} ${step.url}`,
    );
    if (step.action !== 'skipped') core.setOutput('suggestion-url', step.url);
  }
}

/** The badge JSON: output `badge-json`, an artifact, and its section of the job summary. */
export async function writeBadge(store: ArtifactStore, inputs: ActionInputs, report: Report): Promise<string> {
  const badge = badgeFor(report, report.verdict);
  core.setOutput('badge-json', badgeJson(badge).trim());
  const name = reportName(inputs.badgeArtifact, inputs.commentKey);
  try {
    await store.upload(name, { [BADGE_FILE]: badgeJson(badge) }, inputs.retentionDays);
    core.setOutput('badge-artifact', name);
  } catch (e) {
    core.warning(`The badge could not be stored as artifact "${name}": ${(e as Error).message}`);
  }
  return badgeSection(badge);
}

export interface TrendHistory {
  points: StoredReport[];
  /** The oldest point of the window: the schedule's comparison baseline. */
  start: StoredReport | undefined;
  /** What the window left out, and where its time limit starts (ms), for the line that says so. */
  leftOut?: { older: number; sameDay: number; beyond: number };
  since?: number;
}

export async function loadTrendHistory(
  gh: GitHubRest,
  store: ArtifactStore,
  inputs: ActionInputs,
  ctx: RunContext,
  report: Report,
  branch: string,
): Promise<TrendHistory> {
  if (ctx.repoId === undefined) return { points: [], start: undefined };
  try {
    const now = Date.now();
    const since = inputs.trendWindow ? now - inputs.trendWindow.ms : undefined;
    const h = await loadHistory(gh, store, {
      name: nameOf(inputs, report),
      repoId: ctx.repoId,
      branch,
      now,
      limit: inputs.trendPoints - 1,
      excludeRunId: ctx.runId,
      since,
    });
    for (const why of h.skipped) info(`Trend: skipped ${why}`);
    return { points: h.points, start: h.points[0], leftOut: h.leftOut, since };
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
export async function reportTrend(
  gh: GitHubRest,
  inputs: ActionInputs,
  ctx: RunContext,
  report: Report,
  history: TrendHistory,
  budgets?: number,
): Promise<TrendResult> {
  const now = { date: new Date().toISOString(), commit: ctx.sha, runUrl: runUrl(ctx, ctx.runId), report: figuresOf(report) };
  const window = {
    points: inputs.trendPoints,
    ...(inputs.trendWindow && history.since !== undefined
      ? { time: { text: inputs.trendWindow.text, since: new Date(history.since).toISOString() } }
      : {}),
    ...(history.leftOut ? { leftOut: history.leftOut } : {}),
  };
  const markdown = renderTrend(
    [...history.points.map((p) => ({ date: p.date, commit: p.commit, runUrl: p.runUrl, report: p.report })), now],
    window,
  );
  const breaches = report.verdict?.breaches.filter((b) => b.level === 'fail') ?? [];
  const regressed = breaches.length > 0;
  const title = regressed
    ? `Docker size over budget: ${[...new Set(breaches.map((b) => `${b.target} ${b.key}`))].join(', ')}`.slice(0, 200)
    : '';
  const body =
    renderMarkdown(
      report,
      renderContext(report, history.start ? { found: history.start, skipped: [] } : undefined, 50000, inputs.top, [], budgets),
    ) +
    '\n' +
    markdown;
  try {
    const tracking = await trackRegression(
      gh,
      { label: inputs.issueLabel, key: inputs.commentKey, author: inputs.commentAuthor },
      regressed,
      title,
      body,
    );
    if (tracking.step !== 'none') info(`Tracking issue #${tracking.number}: ${tracking.step}`);
    if (tracking.url) core.setOutput('issue-url', tracking.url);
    return { markdown, tracking };
  } catch (e) {
    core.warning(
      `The tracking issue could not be ${regressed ? 'opened or updated' : 'checked'} (HTTP ${httpStatus(e) ?? 'error'}): the scheduled workflow needs \`issues: write\`. ${(e as Error).message}`,
    );
    return { markdown };
  }
}

/** What the markdown renderer needs besides the report: the comparison, the verdict, where the baseline came from, notes. */
function renderContext(
  report: Report,
  baseline: BaselineResult | undefined,
  maxLength: number,
  top: number,
  notes: string[],
  budgets?: number,
): RenderContext {
  const found = baseline?.found;
  return {
    top,
    notes,
    comparison: report.comparison,
    verdict: report.verdict,
    baseline: found ? { commit: found.commit, date: found.date.slice(0, 10), runUrl: found.runUrl } : undefined,
    baselineNote: baseline && !baseline.found ? baseline.note : undefined,
    maxLength,
    budgets,
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
  /** The pull request commented on comes from a fork (a 403 then means the fork's read-only token). */
  prFromFork: boolean;
  /** Lines under the headline (label override, matrix merge). */
  notes: string[];
  /** Further sections of the job summary (the badge). */
  summarySections: string[];
  /** How many budgets are set over all targets (the headline says "no budgets set" when none). */
  budgets?: number;
}

/** GitHub's job summary is limited to 1 MiB per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

export async function publish(p: PublishInput): Promise<void> {
  const { inputs, report } = p;
  const markdown = renderMarkdown(
    report,
    renderContext(report, p.baseline, GITHUB_COMMENT_LIMIT - marker(inputs.commentKey).length - 1, inputs.top, p.notes, p.budgets),
  );

  const jsonPath = join(process.env.RUNNER_TEMP ?? process.env.GITHUB_WORKSPACE ?? process.cwd(), 'docker-size-guard-report.json');
  writeFileSync(jsonPath, renderJson(report));
  for (const [k, v] of Object.entries(figureOutputs(report))) core.setOutput(k, v);
  core.setOutput('report-json', jsonPath);
  core.setOutput('report-markdown', markdown);
  core.setOutput('baseline-commit', p.baseline?.found?.commit ?? '');

  const { shown, overflow } = annotations(report, report.verdict);
  for (const a of shown)
    (a.level === 'error' ? core.error : a.level === 'warning' ? core.warning : core.notice)(a.message, { title: a.title });

  let commentNote: string | undefined;
  if (p.forkPr) {
    core.warning(FORK_HINT);
    commentNote = FORK_HINT;
  } else if (p.pr) {
    commentNote = await comment(p, p.pr, markdown);
  }

  const tracking = p.trend?.tracking;
  const extra = [
    ...p.summarySections,
    ...renderSummaryExtras({
      trend: p.trend?.markdown,
      tracking: tracking?.url ? tracking : undefined,
      overflow,
      note: commentNote,
      baselineSkipped: p.baseline?.skipped ?? [],
    }),
  ];
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
        breached: (report.verdict?.breaches.length ?? 0) > 0 || unknownFailing(report.verdict).length > 0,
      },
      markdown,
    );
    if (r.action === 'skipped') {
      info(`No comment: ${r.reason}.`);
      return undefined;
    }
    info(`Comment ${r.action}: ${r.url}`);
    core.setOutput('comment-url', r.url);
    return undefined;
  } catch (e) {
    if (httpStatus(e) === 403) {
      const hint = p.prFromFork ? FORK_HINT : READ_ONLY_HINT;
      core.warning(hint);
      return hint;
    }
    const msg = `The pull-request comment could not be written (HTTP ${httpStatus(e) ?? 'error'}): ${(e as Error).message}`;
    core.warning(msg);
    return msg;
  }
}
