// The GitHub Action (see action.yml and the README's "GitHub Action"); src/index.ts runs it, and
// `npx @github/local-action . src/action/main.ts .env` runs it locally. The whole pipeline:
// measure (or receive the pull request's report) -> store -> find the baseline -> compare -> decide ->
// trend (schedule) -> outputs, annotations, job summary, sticky comment.
import * as core from '@actions/core';
import { info } from './log.js';
import { tmpdir } from 'node:os';
import { readRunContext, readPayload, type RunContext } from './event.js';
import { receiveReport, uploadReport, type PullTarget } from './handoff.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { measureAll, settings } from './targets.js';
import { describePlan, planRun } from './plan.js';
import { acceptBreaches, approvalFrom, approvalNote } from './approval.js';
import { collectParts, compareParts, mergeNotes, mergeParts } from './merge.js';
import {
  currentLabels,
  findPartBaseline,
  findPullBaseline,
  findPushBaseline,
  loadTrendHistory,
  postSuggestions,
  publish,
  reportTrend,
  storeBaseline,
  storePartBaseline,
  writeBadge,
} from './steps.js';
import type { BaselineResult } from '../artifacts/find.js';
import type { Limit } from '../util/size.js';
import { reportName } from '../artifacts/names.js';
import { ArtifactStore } from '../artifacts/store.js';
import { decide } from '../budget/decide.js';
import { emitDiagnosticAnnotations } from './annotations.js';
import { compareReports } from '../compare/compare.js';
import { GitHubRest } from '../github/rest.js';
import { InputError } from '../util/errors.js';
import { VERSION } from '../version.js';

export async function run(): Promise<void> {
  try {
    await pipeline();
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.oneLine() : `internal error: ${(e as Error).message}`);
  }
}

async function pipeline(): Promise<void> {
  const env = process.env;
  const inputs = readInputs();
  const ctx = readRunContext(env, readPayload(env.GITHUB_EVENT_PATH));
  const plan = planRun(inputs.mode, ctx);
  info(`docker-size-guard ${VERSION}: ${describePlan(plan)}`);
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const s = await settings(inputs, cwd);
  // The GitHub and artifact clients are most of the bundle: loaded when first needed, after the measurement,
  // so that start-up to the first measurement stays short (see README, Performance).
  const clients = lazy(async () => {
    const [{ getOctokit }, { DefaultArtifactClient }] = await Promise.all([import('@actions/github'), import('@actions/artifact')]);
    const gh = new GitHubRest(getOctokit(inputs.token), ctx.owner, ctx.repo);
    const store = new ArtifactStore(new DefaultArtifactClient(), {
      token: inputs.token,
      owner: ctx.owner,
      repo: ctx.repo,
      tmp: env.RUNNER_TEMP ?? tmpdir(),
      apiUrl: env.GITHUB_API_URL,
    });
    return { gh, store };
  });
  const notes: string[] = [];

  // 1. The report: measured here; or (comment mode) the pull request's, received from the triggering run;
  //    or (merge mode) the reports of this run's matrix jobs, each compared with its own baseline.
  const received =
    plan.kind === 'comment'
      ? await clients().then(({ gh, store }) => receiveReport(gh, store, reportName(inputs.reportArtifact, inputs.commentKey), plan.run))
      : undefined;
  if (received && !received.report)
    return received.invalid ? core.warning(`Not commenting: ${received.reason}`) : core.notice(received.reason);
  if (received?.refused) core.warning(`Not commenting: ${received.refused}.`);
  const merged =
    plan.kind === 'merge'
      ? await clients().then(({ gh, store }) => mergeRun(gh, store, inputs, ctx, s.minChange, plan.pr, plan.branch))
      : undefined;
  const report = received?.report ?? merged?.report ?? (await measureAll(s, inputs, cwd, (line) => info(line)));
  const { gh, store } = await clients();
  const pr = received
    ? received.pr
    : plan.kind === 'pull-request' || plan.kind === 'measure' || plan.kind === 'merge'
      ? plan.pr
      : undefined;
  if (merged) notes.push(...merged.notes);

  // 2. Stored for later runs: the branch's baseline (each part's, when merging), the report for the comment
  //    half of the fork-safe pair or for a merge job.
  if (plan.kind === 'baseline') await storeBaseline(store, inputs, ctx, report, plan.branch);
  if (plan.kind === 'merge' && plan.branch) for (const part of merged!.parts) await storePartBaseline(store, inputs, part);
  if (plan.kind === 'measure')
    await uploadReport(store, reportName(inputs.reportArtifact, inputs.commentKey), report, pr, inputs.retentionDays);

  // 3. Compared with a baseline — the pull request's base branch's; on a push the branch's previous one; on
  //    schedule the oldest point of the trend window — and held against the budgets (a scheduled run reports
  //    through its tracking issue). A merge compared each part already.
  const history = plan.kind === 'baseline' && plan.trend ? await loadTrendHistory(gh, store, inputs, ctx, report, plan.branch) : undefined;
  const baseline = merged
    ? merged.baseline
    : pr
      ? await findPullBaseline(gh, store, inputs, ctx, report, pr)
      : history
        ? history.start && { found: history.start, skipped: [] }
        : plan.kind === 'baseline'
          ? await findPushBaseline(gh, store, inputs, ctx, report, plan.branch)
          : undefined;
  if (!merged) report.comparison = compareReports(report, baseline?.found?.report, { minChange: s.minChange });
  let verdict = decide(report.comparison!, s.budgetsFor, s.failOnBudget && !history);

  // 4. The label override: a pull request labelled `allow-label` accepts its fail-level breaches.
  if (inputs.allowLabel !== undefined && pr && verdict.breaches.some((b) => b.level === 'fail')) {
    const fresh = plan.kind === 'comment' || ctx.runAttempt > 1;
    const labels = fresh ? await currentLabels(gh, pr, ctx.pullRequest?.labels) : (ctx.pullRequest?.labels ?? []);
    verdict = acceptBreaches(verdict, approvalFrom(inputs.allowLabel, labels, ctx));
    const note = approvalNote(verdict);
    if (note) notes.push(note);
  }
  report.verdict = verdict;

  // 5. On schedule: the trend of the stored baselines, and the tracking issue.
  const budgets = report.targets.reduce((n, t) => n + s.budgetsFor(t.name).length, 0);
  const trend = history ? await reportTrend(gh, inputs, ctx, report, history, budgets) : undefined;

  // 6. On a push to the default branch, with `badge: true`: the shields.io endpoint JSON.
  const onDefault = plan.kind === 'baseline' && !plan.trend && plan.branch === (ctx.defaultBranch ?? plan.branch);
  const badge =
    inputs.badge &&
    (onDefault || (plan.kind === 'merge' && plan.branch !== undefined && plan.branch === (ctx.defaultBranch ?? plan.branch)))
      ? await writeBadge(store, inputs, report)
      : undefined;

  // 7. Outputs, annotations, job summary, the sticky comment where there is a pull request to comment on, and
  //    the one-click review suggestions for the ignore file when the pull request changes it.
  const canComment = plan.kind === 'comment' || ((plan.kind === 'pull-request' || plan.kind === 'merge') && plan.canComment);
  const prFromFork = (plan.kind === 'pull-request' || plan.kind === 'merge') && (plan.pr?.fromFork ?? false);
  await publish({
    gh,
    inputs,
    report,
    baseline,
    trend,
    pr: canComment ? pr : undefined,
    forkPr: (plan.kind === 'pull-request' || (plan.kind === 'merge' && plan.pr !== undefined)) && !plan.canComment,
    prFromFork,
    notes,
    budgets,
    summarySections: badge ? [badge] : [],
  });
  if (plan.kind === 'pull-request' && plan.canComment && inputs.reviewSuggestions) await postSuggestions(gh, inputs, report, plan.pr, cwd);
  if (!received && !merged) emitDiagnosticAnnotations(report, core); // lint findings on the .dockerignore and Dockerfile lines (after the budget ones)
  if (verdict.failed) {
    const over = verdict.breaches.filter((b) => b.level === 'fail').map((b) => `${b.target} ${b.key}`);
    const unknown = verdict.unchecked.filter((u) => u.unknown && u.level === 'fail').map((u) => `${u.target} ${u.key} (${u.reason})`);
    core.setFailed(
      over.length > 0
        ? `Docker size budget exceeded: ${over.join(', ')}`
        : `Docker size budget could not be checked: ${unknown.join(', ')}`,
    );
  }
}

/** Mode merge: the parts, each compared with its baseline, merged into one report. */
async function mergeRun(
  gh: GitHubRest,
  store: ArtifactStore,
  inputs: ActionInputs,
  ctx: RunContext,
  minChange: Limit,
  pr: PullTarget | undefined,
  branch: string | undefined,
) {
  const collected = await collectParts(gh, store, inputs.reportArtifact, ctx.runId);
  for (const r of collected.refused) core.warning(`Merge: ${r}`);
  for (const j of collected.failedJobs) core.warning(`Merge: job "${j}" of this run failed; its targets are missing from the report.`);
  if (collected.parts.length === 0)
    throw new InputError(
      `mode "merge" found no report artifact "${inputs.reportArtifact}-<comment-key>" in run ${ctx.runId}: run the matrix jobs with \`mode: measure\` and a comment-key each, and this job with \`needs:\` on them`,
    );
  const baselines = [];
  for (const part of collected.parts)
    baselines.push(
      pr
        ? await findPartBaseline(gh, store, inputs, ctx, part, { pr })
        : branch
          ? await findPartBaseline(gh, store, inputs, ctx, part, { branch })
          : undefined,
    );
  const compared = compareParts(collected.parts, baselines, minChange);
  const report = mergeParts(compared, VERSION, minChange);
  const first = baselines.find((b) => b?.found);
  const baseline: BaselineResult | undefined = first ?? baselines.find((b) => b !== undefined);
  return { report, parts: collected.parts, baseline, notes: mergeNotes(compared, collected) };
}

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
