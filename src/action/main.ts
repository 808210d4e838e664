// The GitHub Action (see action.yml and the README's "GitHub Action"); src/index.ts runs it, and
// `npx @github/local-action . src/action/main.ts .env` runs it locally. The whole pipeline:
// measure (or receive the pull request's report) -> store -> find the baseline -> compare -> decide ->
// trend (schedule) -> outputs, annotations, job summary, sticky comment.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { readRunContext, readPayload } from './event.js';
import { receiveReport, uploadReport } from './handoff.js';
import { readInputs } from './inputs.js';
import { measureAll, settings } from './targets.js';
import { describePlan, planRun } from './plan.js';
import { findPullBaseline, loadTrendHistory, publish, reportTrend, storeBaseline } from './steps.js';
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
  core.info(`docker-size-guard ${VERSION}: ${describePlan(plan)}`);
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const s = settings(inputs, cwd);
  // The GitHub and artifact clients are most of the bundle: loaded when first needed, after the measurement,
  // so that start-up to the first measurement stays short (see README, Performance).
  const clients = lazy(async () => {
    const [{ getOctokit }, { DefaultArtifactClient }] = await Promise.all([import('@actions/github'), import('@actions/artifact')]);
    const gh = new GitHubRest(getOctokit(inputs.token), ctx.owner, ctx.repo);
    const store = new ArtifactStore(new DefaultArtifactClient(), { token: inputs.token, owner: ctx.owner, repo: ctx.repo, tmp: env.RUNNER_TEMP ?? tmpdir() });
    return { gh, store };
  });

  // 1. The report: measured here, or (comment mode) the pull request's, received from the triggering run.
  const received = plan.kind === 'comment' ? await clients().then(({ gh, store }) => receiveReport(gh, store, reportName(inputs.reportArtifact, inputs.commentKey), plan.run)) : undefined;
  if (received && !received.report) return core.notice(received.reason);
  if (received?.refused) core.warning(`Not commenting: ${received.refused}.`);
  const report = received?.report ?? (await measureAll(s, inputs, cwd, (line) => core.info(line)));
  const { gh, store } = await clients();
  const pr = received ? received.pr : plan.kind === 'pull-request' || plan.kind === 'measure' ? plan.pr : undefined;

  // 2. Stored for later runs: the branch's baseline, or the report for the comment half of the fork-safe pair.
  if (plan.kind === 'baseline') await storeBaseline(store, inputs, ctx, report, plan.branch);
  if (plan.kind === 'measure') await uploadReport(store, reportName(inputs.reportArtifact, inputs.commentKey), report, pr, inputs.retentionDays);

  // 3. Compared with a baseline — the pull request's base branch's, or on schedule the oldest point of the
  //    trend window — and held against the budgets (a scheduled run reports through its tracking issue).
  const history = plan.kind === 'baseline' && plan.trend ? await loadTrendHistory(gh, store, inputs, ctx, report, plan.branch) : undefined;
  const baseline = pr ? await findPullBaseline(gh, store, inputs, ctx, report, pr) : history?.start && { found: history.start, skipped: [] };
  report.comparison = compareReports(report, baseline?.found?.report, { minChange: s.minChange });
  report.verdict = decide(report.comparison, s.budgetsFor, s.failOnBudget && !history);

  // 4. On schedule: the trend of the stored baselines, and the tracking issue.
  const trend = history ? await reportTrend(gh, inputs, ctx, report, history) : undefined;

  // 5. Outputs, annotations, job summary, and the sticky comment where there is a pull request to comment on.
  const canComment = plan.kind === 'comment' || (plan.kind === 'pull-request' && plan.canComment);
  await publish({ gh, inputs, report, baseline, trend, pr: canComment ? pr : undefined, forkPr: plan.kind === 'pull-request' && !plan.canComment });
  if (!received) emitDiagnosticAnnotations(report, core); // lint findings on the .dockerignore and Dockerfile lines (after the budget ones)
  if (report.verdict.failed) {
    const over = report.verdict.breaches.filter((b) => b.level === 'fail').map((b) => `${b.target} ${b.key}`);
    const unknown = report.verdict.unchecked.filter((u) => u.unknown && u.level === 'fail').map((u) => `${u.target} ${u.key} (${u.reason})`);
    core.setFailed(over.length > 0 ? `Docker size budget exceeded: ${over.join(', ')}` : `Docker size budget could not be checked: ${unknown.join(', ')}`);
  }
}

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
