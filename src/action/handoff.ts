// The fork-safe pair. A pull request from a fork runs with a read-only token, so the `measure` half (on
// pull_request) uploads its report as an artifact, and the `comment` half (on workflow_run, with a write
// token, never running the pull request's code) downloads it and posts it. Everything in the artifact was
// produced by the pull request's code and is untrusted: the whole report is validated (src/model/parse-report.ts), and the
// pull-request number it names is used only once GitHub confirms that this pull request's head is the
// commit the triggering run measured.
import { PULL_REQUEST_FILE, REPORT_FILE } from '../artifacts/names.js';
import { MAX_ARTIFACT_BYTES } from '../artifacts/select.js';
import type { ArtifactStore } from '../artifacts/store.js';
import { parseReport } from '../model/parse-report.js';
import { httpStatus, type GitHubRest } from '../github/rest.js';
import type { Report } from '../model/report.js';
import { renderJson } from '../render/json.js';
import { InputError } from '../util/errors.js';
import type { WorkflowRunInfo } from './event.js';

/** The pull request a report is about, as GitHub (not the artifact) describes it. */
export interface PullTarget {
  number: number;
  headSha: string;
  baseRef: string;
  baseSha: string;
}

export async function uploadReport(
  store: ArtifactStore,
  name: string,
  report: Report,
  pr: PullTarget | undefined,
  retentionDays: number | undefined,
): Promise<void> {
  const files: Record<string, string> = { [REPORT_FILE]: renderJson(report) };
  if (pr) files[PULL_REQUEST_FILE] = JSON.stringify({ number: pr.number, headSha: pr.headSha }) + '\n';
  await store.upload(name, files, retentionDays);
}

export type Received =
  | { report: Report; pr: PullTarget | undefined; refused?: string }
  | { report: undefined; reason: string; invalid?: true };

const PR_EVENTS = ['pull_request', 'pull_request_target'];

export async function receiveReport(gh: GitHubRest, store: ArtifactStore, name: string, run: WorkflowRunInfo): Promise<Received> {
  if (!PR_EVENTS.includes(run.event))
    return {
      report: undefined,
      reason: `the triggering run ${run.id} was a ${run.event || 'unknown'} run, not a pull request: nothing to comment`,
    };
  const artifacts = await gh.listRunArtifacts(run.id, name);
  const artifact = artifacts.find((a) => !a.expired);
  if (!artifact)
    return {
      report: undefined,
      reason: `run ${run.id} uploaded no artifact "${name}" (did its docker-size-guard step run with mode: measure and the same comment-key?)`,
    };
  if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES)
    return { report: undefined, reason: `artifact "${name}" is too large to be a report (${artifact.sizeInBytes} bytes)` };
  const files = await store.download(artifact.id, run.id, [REPORT_FILE, PULL_REQUEST_FILE], MAX_ARTIFACT_BYTES * 2);
  if (files[REPORT_FILE] === undefined) return { report: undefined, reason: `artifact "${name}" holds no ${REPORT_FILE}` };
  let report: Report;
  try {
    report = validateHandoff(JSON.parse(files[REPORT_FILE]), `artifact ${name} of run ${run.id}`);
  } catch (e) {
    if (e instanceof SyntaxError) return { report: undefined, reason: `artifact "${name}": ${REPORT_FILE} is not JSON`, invalid: true };
    if (e instanceof InputError) return { report: undefined, reason: e.oneLine(), invalid: true };
    throw e;
  }
  const claimed = claimedNumber(files[PULL_REQUEST_FILE]);
  if (claimed === undefined) return { report, pr: undefined, refused: `artifact "${name}" names no pull request` };
  const verified = await verifyPull(gh, run, claimed);
  return typeof verified === 'string' ? { report, pr: undefined, refused: verified } : { report, pr: verified };
}

/**
 * The untrusted hand-off report (fork-safe pair, matrix merge), validated by the full validator
 * (src/model/parse-report.ts) into a report the renderer can read: every field it reads, bounded.
 */
export function validateHandoff(json: unknown, source: string): Report {
  return parseReport(json, source);
}

function claimedNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.length > 1000) return undefined;
  try {
    const n = (JSON.parse(text) as { number?: unknown }).number;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The claimed pull request, if the triggering run really measured it: listed in workflow_run.pull_requests
 * (pull requests within the repository), or, since that list is empty for forks, a pull request whose head
 * commit and head repository are the run's. Otherwise the reason it is refused.
 */
export async function verifyPull(gh: GitHubRest, run: WorkflowRunInfo, claimed: number): Promise<PullTarget | string> {
  const listed = run.pullRequests.find((p) => p.number === claimed);
  if (listed) {
    if (listed.headSha !== run.headSha)
      return `pull request #${claimed} is at ${listed.headSha.slice(0, 12)}, not ${run.headSha.slice(0, 12)} that run ${run.id} measured`;
    return { number: claimed, headSha: listed.headSha, baseRef: listed.baseRef, baseSha: listed.baseSha };
  }
  if (run.pullRequests.length > 0)
    return `the artifact names pull request #${claimed}, but run ${run.id} belongs to #${run.pullRequests.map((p) => p.number).join(', #')}`;
  let pull: Awaited<ReturnType<GitHubRest['getPull']>>;
  try {
    pull = await gh.getPull(claimed);
  } catch (e) {
    return `pull request #${claimed} named by the artifact cannot be read (HTTP ${httpStatus(e) ?? 'error'})`;
  }
  if (pull.headSha !== run.headSha)
    return `the artifact names pull request #${claimed}, whose head ${pull.headSha.slice(0, 12)} is not ${run.headSha.slice(0, 12)} that run ${run.id} measured`;
  if (run.headRepoId !== null && pull.headRepoId !== run.headRepoId)
    return `pull request #${claimed} comes from another repository than run ${run.id}`;
  return { number: pull.number, headSha: pull.headSha, baseRef: pull.baseRef, baseSha: pull.baseSha };
}
