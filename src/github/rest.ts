// The GitHub REST adapter: the few endpoints the action uses, each a thin call on an injected octokit,
// returning plain values. Lists are paginated (per_page 100) up to a cap.
//
// Endpoints (and the GITHUB_TOKEN permission each needs):
//   GET   /repos/{o}/{r}/actions/artifacts?name=               actions: read
//   GET   /repos/{o}/{r}/actions/runs/{run_id}/artifacts?name= actions: read
//   GET   /repos/{o}/{r}/actions/runs/{run_id}                 actions: read
//   GET   /repos/{o}/{r}/actions/artifacts/{id}/zip (302)      actions: read  (by src/artifacts/store.ts, bounded)
//   GET   /repos/{o}/{r}/commits?sha=                          contents: read
//   GET   /repos/{o}/{r}/compare/{base}...{head}               contents: read
//   GET   /repos/{o}/{r}/pulls/{n}                             pull-requests: read
//   GET   /repos/{o}/{r}/issues/{n}/comments                   pull-requests: read
//   POST  /repos/{o}/{r}/issues/{n}/comments                   pull-requests: write (issues: write on an issue)
//   PATCH /repos/{o}/{r}/issues/comments/{id}                  pull-requests: write (issues: write on an issue)
//   GET   /repos/{o}/{r}/issues?labels=&state=                 issues: read
//   POST  /repos/{o}/{r}/issues, PATCH /repos/{o}/{r}/issues/{n} issues: write
//   GET   /repos/{o}/{r}/labels/{name}, POST /repos/{o}/{r}/labels issues: read / write
//   GET   /repos/{o}/{r}/actions/runs/{run_id}/jobs            actions: read        (mode merge: the matrix jobs that failed)
//   GET   /repos/{o}/{r}/pulls/{n}/files                       pull-requests: read  (review suggestions: the diff)
//   GET   /repos/{o}/{r}/pulls/{n}/comments                    pull-requests: read  (review suggestions: ours)
//   POST  /repos/{o}/{r}/pulls/{n}/comments                    pull-requests: write (review suggestions)
//   PATCH /repos/{o}/{r}/pulls/comments/{id}                   pull-requests: write (review suggestions)
//   DELETE /repos/{o}/{r}/pulls/comments/{id}                  pull-requests: write (review suggestions)
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
  expiresAt: string | null;
  run: {
    id: number;
    repositoryId: number | null;
    headRepositoryId: number | null;
    headBranch: string | null;
    headSha: string | null;
  } | null;
}

export interface RunInfo {
  id: number;
  event: string;
  headSha: string;
  htmlUrl: string;
}

export interface PullInfo {
  number: number;
  state: string;
  headSha: string;
  headRepoId: number | null;
  baseRef: string;
  baseSha: string;
  labels: string[];
}

export interface JobInfo {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
}

export interface PullFile {
  filename: string;
  status: string;
  /** The unified diff of the file; absent for binary or very large diffs. */
  patch: string | undefined;
}

export interface ReviewCommentInfo {
  id: number;
  path: string;
  /** The line it is anchored on in the current diff; null when outdated. */
  line: number | null;
  body: string;
  author: string | null;
  url: string;
}

export interface CommentInfo {
  id: number;
  body: string;
  author: string | null;
  url: string;
}

export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: string;
  author: string | null;
  url: string;
}

/** An HTTP error status from octokit (RequestError), or undefined. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export class GitHubRest {
  constructor(
    private readonly octokit: Octokit,
    readonly owner: string,
    readonly repo: string,
  ) {}

  private get r() {
    return { owner: this.owner, repo: this.repo };
  }

  /** Artifacts of the repository with this exact name, newest first (at most `max`). */
  async listArtifacts(name: string, max = 500): Promise<ArtifactInfo[]> {
    const out: ArtifactInfo[] = [];
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listArtifactsForRepo, {
      ...this.r,
      name,
      per_page: 100,
    })) {
      out.push(...page.data.map(artifact));
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  }

  /** The artifacts of one run, with this exact name when given (at most `max`). */
  async listRunArtifacts(runId: number, name?: string, max = 500): Promise<ArtifactInfo[]> {
    const out: ArtifactInfo[] = [];
    const params = { ...this.r, run_id: runId, per_page: 100, ...(name !== undefined ? { name } : {}) };
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listWorkflowRunArtifacts, params)) {
      out.push(...page.data.map(artifact));
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  }

  /** The jobs of a run's latest attempt (at most `max`). */
  async listJobs(runId: number, max = 500): Promise<JobInfo[]> {
    const out: JobInfo[] = [];
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listJobsForWorkflowRun, {
      ...this.r,
      run_id: runId,
      filter: 'latest',
      per_page: 100,
    })) {
      out.push(...page.data.map((j) => ({ id: j.id, name: j.name, status: j.status, conclusion: j.conclusion ?? null })));
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  }

  /** The files a pull request changes (GitHub lists at most 3,000). */
  async listPullFiles(number: number, max = 3000): Promise<PullFile[]> {
    const out: PullFile[] = [];
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, {
      ...this.r,
      pull_number: number,
      per_page: 100,
    })) {
      out.push(...page.data.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch })));
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  }

  async listReviewComments(number: number): Promise<ReviewCommentInfo[]> {
    const all = await this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { ...this.r, pull_number: number, per_page: 100 });
    return all.map(reviewComment);
  }

  async createReviewComment(number: number, c: { body: string; commitId: string; path: string; line: number }): Promise<ReviewCommentInfo> {
    const { data } = await this.octokit.rest.pulls.createReviewComment({
      ...this.r,
      pull_number: number,
      body: c.body,
      commit_id: c.commitId,
      path: c.path,
      line: c.line,
      side: 'RIGHT',
    });
    return reviewComment(data);
  }

  async updateReviewComment(id: number, body: string): Promise<ReviewCommentInfo> {
    const { data } = await this.octokit.rest.pulls.updateReviewComment({ ...this.r, comment_id: id, body });
    return reviewComment(data);
  }

  async deleteReviewComment(id: number): Promise<void> {
    await this.octokit.rest.pulls.deleteReviewComment({ ...this.r, comment_id: id });
  }

  async getRun(runId: number): Promise<RunInfo> {
    const { data } = await this.octokit.rest.actions.getWorkflowRun({ ...this.r, run_id: runId });
    return { id: data.id, event: data.event, headSha: data.head_sha, htmlUrl: data.html_url };
  }

  /** The history of `sha`, newest first, at most `max` commits. */
  async listCommits(sha: string, max = 300): Promise<string[]> {
    const out: string[] = [];
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.repos.listCommits, { ...this.r, sha, per_page: 100 })) {
      out.push(...page.data.map((c) => c.sha));
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  }

  async mergeBase(base: string, head: string): Promise<string> {
    const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.r, basehead: `${base}...${head}`, per_page: 1 });
    return data.merge_base_commit.sha;
  }

  async getPull(number: number): Promise<PullInfo> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.r, pull_number: number });
    return {
      number: data.number,
      state: data.state,
      headSha: data.head.sha,
      headRepoId: data.head.repo?.id ?? null,
      baseRef: data.base.ref,
      baseSha: data.base.sha,
      labels: data.labels.map((l) => l.name).filter((n): n is string => typeof n === 'string'),
    };
  }

  /** Every comment of an issue or pull request, oldest first. */
  async listComments(issue: number): Promise<CommentInfo[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.r, issue_number: issue, per_page: 100 });
    return all.map(comment);
  }

  async createComment(issue: number, body: string): Promise<CommentInfo> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.r, issue_number: issue, body });
    return comment(data);
  }

  async updateComment(id: number, body: string): Promise<CommentInfo> {
    const { data } = await this.octokit.rest.issues.updateComment({ ...this.r, comment_id: id, body });
    return comment(data);
  }

  /** Open issues (not pull requests) with this label. */
  async listIssues(label: string, state: 'open' | 'all' = 'open'): Promise<IssueInfo[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.r, labels: label, state, per_page: 100 });
    return all
      .filter((i) => !i.pull_request)
      .map((i) => ({
        number: i.number,
        title: i.title,
        body: i.body ?? '',
        state: i.state,
        author: i.user?.login ?? null,
        url: i.html_url,
      }));
  }

  async ensureLabel(name: string, color: string, description: string): Promise<void> {
    try {
      await this.octokit.rest.issues.getLabel({ ...this.r, name });
    } catch (e) {
      if (httpStatus(e) !== 404) throw e;
      try {
        await this.octokit.rest.issues.createLabel({ ...this.r, name, color, description });
      } catch (e2) {
        if (httpStatus(e2) !== 422) throw e2; // created meanwhile by another job
      }
    }
  }

  async createIssue(title: string, body: string, labels: string[]): Promise<IssueInfo> {
    const { data } = await this.octokit.rest.issues.create({ ...this.r, title, body, labels });
    return {
      number: data.number,
      title: data.title,
      body: data.body ?? '',
      state: data.state,
      author: data.user?.login ?? null,
      url: data.html_url,
    };
  }

  async updateIssue(
    number: number,
    change: { body?: string; title?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'reopened' },
  ): Promise<void> {
    await this.octokit.rest.issues.update({
      ...this.r,
      issue_number: number,
      ...(change.body !== undefined ? { body: change.body } : {}),
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.state !== undefined ? { state: change.state } : {}),
      ...(change.stateReason !== undefined ? { state_reason: change.stateReason } : {}),
    });
  }
}

type RestArtifact = Awaited<ReturnType<Octokit['rest']['actions']['listArtifactsForRepo']>>['data']['artifacts'][number];
type RestComment = Awaited<ReturnType<Octokit['rest']['issues']['createComment']>>['data'];

function artifact(a: RestArtifact): ArtifactInfo {
  const w = a.workflow_run;
  return {
    id: a.id,
    name: a.name,
    sizeInBytes: a.size_in_bytes,
    expired: a.expired,
    createdAt: a.created_at ?? null,
    expiresAt: a.expires_at ?? null,
    run:
      w && typeof w.id === 'number'
        ? {
            id: w.id,
            repositoryId: w.repository_id ?? null,
            headRepositoryId: w.head_repository_id ?? null,
            headBranch: w.head_branch ?? null,
            headSha: w.head_sha ?? null,
          }
        : null,
  };
}

type RestReviewComment = Awaited<ReturnType<Octokit['rest']['pulls']['createReviewComment']>>['data'];

function reviewComment(c: RestReviewComment): ReviewCommentInfo {
  return { id: c.id, path: c.path, line: c.line ?? null, body: c.body, author: c.user?.login ?? null, url: c.html_url };
}

function comment(c: RestComment): CommentInfo {
  return { id: c.id, body: c.body ?? '', author: c.user?.login ?? null, url: c.html_url };
}
