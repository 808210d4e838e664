// What a run does, from the mode input and the event. Pure, and table-tested against one payload per event.
import { BASELINE_EVENTS } from '../artifacts/select.js';
import { InputError } from '../util/errors.js';
import type { RunContext, PullRequestInfo, WorkflowRunInfo } from './event.js';
import type { Mode } from './inputs.js';

export type Plan =
  /** Measure, find the base branch's baseline, compare, comment (unless from a fork), summary, budgets. */
  | { kind: 'pull-request'; pr: PullRequestInfo; canComment: boolean }
  /** Measure and store the baseline for `branch`; on schedule also the trend and the tracking issue. */
  | { kind: 'baseline'; branch: string; trend: boolean }
  /** Measure and upload the report artifact for a later `comment` run (first half of the fork-safe pair). */
  | { kind: 'measure'; pr: PullRequestInfo | undefined }
  /** Download the triggering run's report artifact and post it (second half). */
  | { kind: 'comment'; run: WorkflowRunInfo }
  /**
   * Collect the report artifacts the run's matrix jobs uploaded, compare each with its baseline and post one
   * comment, summary and verdict for all (a last job that `needs:` the matrix). `pr` on a pull request;
   * `branch` on a push, schedule or dispatch (each part compared with the branch's previous baseline).
   */
  | { kind: 'merge'; pr: PullRequestInfo | undefined; canComment: boolean; branch: string | undefined }
  /** Measure and write the summary only (e.g. a push to a branch other than the default). */
  | { kind: 'report'; reason: string };

export function planRun(mode: Mode, ctx: RunContext): Plan {
  switch (mode) {
    case 'measure':
      return { kind: 'measure', pr: ctx.pullRequest };
    case 'comment':
      if (!ctx.workflowRun) {
        throw new InputError(
          `mode "comment" runs in a workflow triggered by workflow_run, not ${ctx.eventName || 'an unknown event'} (see the README's fork-safe workflow)`,
        );
      }
      return { kind: 'comment', run: ctx.workflowRun };
    case 'baseline':
      if (!ctx.branch)
        throw new InputError(
          `mode "baseline" needs a branch to store the baseline for; this run is on ${JSON.stringify(ctx.sha || 'no ref')}`,
        );
      return { kind: 'baseline', branch: ctx.branch, trend: ctx.eventName === 'schedule' };
    case 'merge':
      if (ctx.workflowRun)
        throw new InputError('mode "merge" runs in the workflow of the matrix it merges (a last job with `needs:`), not on workflow_run');
      return {
        kind: 'merge',
        pr: ctx.pullRequest,
        canComment: ctx.pullRequest ? !ctx.pullRequest.fromFork : false,
        branch: ctx.pullRequest ? undefined : ctx.branch,
      };
    case 'auto':
      if (ctx.pullRequest) return { kind: 'pull-request', pr: ctx.pullRequest, canComment: !ctx.pullRequest.fromFork };
      if (ctx.workflowRun) return { kind: 'comment', run: ctx.workflowRun };
      if (BASELINE_EVENTS.includes(ctx.eventName) && ctx.branch !== undefined) {
        const onDefault = ctx.defaultBranch === undefined || ctx.branch === ctx.defaultBranch;
        if (ctx.eventName === 'push' && !onDefault)
          return { kind: 'report', reason: `a push to ${ctx.branch}, not the default branch: no baseline stored` };
        return { kind: 'baseline', branch: ctx.branch, trend: ctx.eventName === 'schedule' };
      }
      return { kind: 'report', reason: `event ${ctx.eventName || 'unknown'}: measured only` };
  }
}

export function describePlan(plan: Plan): string {
  switch (plan.kind) {
    case 'pull-request':
      return `pull request #${plan.pr.number} into ${plan.pr.baseRef}: compare with the baseline${plan.canComment ? ' and comment' : ' (from a fork: no comment)'}`;
    case 'baseline':
      return `store the baseline of ${plan.branch}${plan.trend ? ' and report the trend' : ''}`;
    case 'measure':
      return `measure and upload the report artifact${plan.pr ? ` for pull request #${plan.pr.number}` : ''}`;
    case 'comment':
      return `post the report of run ${plan.run.id}`;
    case 'merge':
      return `merge the reports of this run's jobs${plan.pr ? ` for pull request #${plan.pr.number}` : plan.branch ? ` on ${plan.branch}` : ''}`;
    case 'report':
      return plan.reason;
  }
}
