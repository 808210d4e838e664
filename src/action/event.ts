// What the runner tells the action about the run: the environment (GITHUB_*) and the event payload
// (GITHUB_EVENT_PATH), read into plain values here, once, so the rest never touches either. readRunContext is
// pure; readPayload reads the payload file.
import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  /** null when the head repository was deleted. */
  headRepoId: number | null;
  baseRef: string;
  baseSha: string;
  /** The head is in another repository: the token is read-only and secrets are absent. */
  fromFork: boolean;
  /** The labels as the event saw them (a re-run re-reads them: they may have changed since). */
  labels: string[];
}

export interface WorkflowRunInfo {
  id: number;
  event: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  headRepoId: number | null;
  /** The pull requests GitHub associates with the run; empty for a pull request from a fork. */
  pullRequests: { number: number; headSha: string; baseRef: string; baseSha: string }[];
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  repoId: number | undefined;
  serverUrl: string;
  runId: number;
  runAttempt: number;
  sha: string;
  /** The branch the run is on (GITHUB_REF_NAME for branch refs), undefined for tags and PR merge refs. */
  branch: string | undefined;
  defaultBranch: string | undefined;
  pullRequest?: PullRequestInfo;
  workflowRun?: WorkflowRunInfo;
  /** The event's `action` (opened, synchronize, labeled, ...), when it has one. */
  action: string | undefined;
  /** Who triggered the event (payload.sender.login). */
  sender: string | undefined;
  /** On labeled / unlabeled: the label added or removed. */
  label: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;
type Json = Record<string, unknown>;

export function readRunContext(env: Env, payload: unknown): RunContext {
  const p = (isObj(payload) ? payload : {}) as Json;
  const full = env.GITHUB_REPOSITORY ?? str(obj(p.repository)?.full_name) ?? '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo)
    throw new InputError('GITHUB_REPOSITORY is not set: run this in GitHub Actions, or see the README for running it locally');
  const repository = obj(p.repository);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const ctx: RunContext = {
    eventName,
    owner,
    repo,
    repoId: num(env.GITHUB_REPOSITORY_ID) ?? num(repository?.id),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: num(env.GITHUB_RUN_ID) ?? 0,
    runAttempt: num(env.GITHUB_RUN_ATTEMPT) ?? 1,
    sha: env.GITHUB_SHA ?? '',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    defaultBranch: str(repository?.default_branch),
    action: str(p.action),
    sender: str(obj(p.sender)?.login),
    label: str(obj(p.label)?.name),
  };
  const pr = obj(p.pull_request);
  if (pr && (eventName === 'pull_request' || eventName === 'pull_request_target')) ctx.pullRequest = pullRequest(pr, ctx.repoId);
  const run = obj(p.workflow_run);
  if (run && eventName === 'workflow_run') ctx.workflowRun = workflowRun(run);
  return ctx;
}

function pullRequest(pr: Json, repoId: number | undefined): PullRequestInfo {
  const head = obj(pr.head) ?? {};
  const base = obj(pr.base) ?? {};
  const headRepo = obj(head.repo);
  const baseRepo = obj(base.repo);
  const headRepoId = num(headRepo?.id) ?? null;
  const baseRepoId = num(baseRepo?.id) ?? repoId;
  return {
    number: num(pr.number) ?? 0,
    headSha: str(head.sha) ?? '',
    headRef: str(head.ref) ?? '',
    headRepoId,
    baseRef: str(base.ref) ?? '',
    baseSha: str(base.sha) ?? '',
    fromFork: headRepoId === null || (baseRepoId !== undefined && headRepoId !== baseRepoId),
    labels: (Array.isArray(pr.labels) ? pr.labels : [])
      .map((l) => str(obj(l)?.name))
      .filter((n): n is string => n !== undefined)
      .slice(0, 100),
  };
}

function workflowRun(run: Json): WorkflowRunInfo {
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: num(run.id) ?? 0,
    event: str(run.event) ?? '',
    conclusion: str(run.conclusion) ?? null,
    headSha: str(run.head_sha) ?? '',
    headBranch: str(run.head_branch) ?? null,
    headRepoId: num(obj(run.head_repository)?.id) ?? null,
    pullRequests: prs.filter(isObj).map((x) => {
      const pr = x as Json;
      return {
        number: num(pr.number) ?? 0,
        headSha: str(obj(pr.head)?.sha) ?? '',
        baseRef: str(obj(pr.base)?.ref) ?? '',
        baseSha: str(obj(pr.base)?.sha) ?? '',
      };
    }),
  };
}

/** The event payload the runner wrote to GITHUB_EVENT_PATH ({} when there is none, e.g. run locally). */
export function readPayload(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`cannot read the event payload: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
}

export function runUrl(ctx: Pick<RunContext, 'serverUrl' | 'owner' | 'repo'>, runId: number): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${runId}`;
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown): Json | undefined {
  return isObj(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : undefined;
}
