// The state behind the local GitHub server and results service: one repository (and its forks), a commit
// graph, workflow runs, artifacts, issues and pull requests, comments, labels and tokens with permissions.
// Tests build it through these helpers and read it back to assert what the action did.
import { createHash, randomUUID } from 'node:crypto';

export type Scope = 'actions' | 'contents' | 'issues' | 'pull-requests';
export type Level = 'read' | 'write';

export interface Repo {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface Commit {
  sha: string;
  parents: string[];
  date: string;
  message: string;
}

export interface Run {
  id: number;
  attempt: number;
  backendId: string;
  jobBackendId: string;
  event: string;
  headBranch: string;
  headSha: string;
  repositoryId: number;
  headRepositoryId: number;
  pullRequests: number[];
  createdAt: string;
  /** The run's jobs as GET .../runs/{id}/jobs lists them (mode merge names the failed ones). */
  jobs: Job[];
}

export interface Job {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null;
}

/** A file a pull request changes, with its unified diff as GitHub's pulls/list-files returns it. */
export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed';
  patch: string;
}

export interface ReviewComment {
  id: number;
  pullNumber: number;
  path: string;
  line: number;
  commitId: string;
  body: string;
  login: string;
  userType: 'Bot' | 'User';
  createdAt: string;
  updatedAt: string;
}

export interface Artifact {
  id: number;
  name: string;
  runId: number;
  blob: string;
  size: number;
  digest: string | null;
  createdAt: string;
  expiresAt: string;
  finalized: boolean;
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  userType: 'Bot' | 'User';
  createdAt: string;
  updatedAt: string;
}

export interface PullInfo {
  headSha: string;
  headRef: string;
  headRepoId: number;
  baseRef: string;
  baseSha: string;
  /** The files the pull request changes (pulls/list-files); none unless a test sets them. */
  files?: PullFile[];
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason: string | null;
  login: string;
  createdAt: string;
  updatedAt: string;
  pull?: PullInfo;
}

export interface Token {
  login: string;
  userType: 'Bot' | 'User';
  permissions: Partial<Record<Scope, Level>>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  operation: string | undefined;
  status: number;
  body?: unknown;
}

export class World {
  readonly repo: Repo;
  readonly forks = new Map<number, Repo>();
  readonly commits = new Map<string, Commit>();
  readonly branches = new Map<string, string>();
  readonly runs = new Map<number, Run>();
  readonly artifacts = new Map<number, Artifact>();
  readonly comments = new Map<number, Comment>();
  readonly reviewComments = new Map<number, ReviewComment>();
  readonly issues = new Map<number, Issue>();
  readonly labels = new Map<string, { id: number; name: string; color: string }>();
  readonly tokens = new Map<string, Token>();
  readonly requests: LoggedRequest[] = [];
  /** Requests that GitHub's description allows but this server does not implement (must stay empty). */
  readonly unimplemented: string[] = [];
  /** Responses of this server that violate GitHub's description (must stay empty). */
  readonly badResponses: string[] = [];
  private nextId = 1000;
  private clock = Date.parse('2025-01-01T00:00:00Z');

  constructor(repo: Partial<Repo> = {}) {
    this.repo = { id: 4242, owner: 'acme', name: 'shop', defaultBranch: 'main', ...repo };
  }

  id(): number {
    return this.nextId++;
  }

  /** A monotonic clock for created_at fields, one minute per event. */
  now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  fork(owner: string): Repo {
    const r: Repo = { id: this.id(), owner, name: this.repo.name, defaultBranch: 'main' };
    this.forks.set(r.id, r);
    return r;
  }

  repoById(id: number): Repo | undefined {
    return id === this.repo.id ? this.repo : this.forks.get(id);
  }

  commit(parents: string[], message = 'change'): string {
    const date = this.now();
    const sha = createHash('sha1')
      .update(`${parents.join(',')}:${message}:${date}:${this.nextId++}`)
      .digest('hex');
    this.commits.set(sha, { sha, parents, date, message });
    return sha;
  }

  /** Adds a commit on top of a branch (created from `from` when new) and moves the branch. */
  push(branch: string, message = 'change', from?: string): string {
    const parent = this.branches.get(branch) ?? (from !== undefined ? this.branches.get(from) : undefined);
    const sha = this.commit(parent ? [parent] : [], message);
    this.branches.set(branch, sha);
    return sha;
  }

  ancestors(sha: string): string[] {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const s = queue.shift()!;
      if (seen.has(s) || !this.commits.has(s)) continue;
      seen.add(s);
      queue.push(...this.commits.get(s)!.parents);
    }
    return [...seen].sort((a, b) => (this.commits.get(b)!.date < this.commits.get(a)!.date ? -1 : 1));
  }

  token(permissions: Partial<Record<Scope, Level>>, login = 'github-actions[bot]', userType: 'Bot' | 'User' = 'Bot'): string {
    const t = `ghs_${randomUUID().replace(/-/g, '')}`;
    this.tokens.set(t, { login, userType, permissions });
    return t;
  }

  run(r: Partial<Run> & Pick<Run, 'event' | 'headBranch' | 'headSha'>): Run {
    const run: Run = {
      id: this.id(),
      attempt: 1,
      backendId: randomUUID(),
      jobBackendId: randomUUID(),
      repositoryId: this.repo.id,
      headRepositoryId: this.repo.id,
      pullRequests: [],
      createdAt: this.now(),
      jobs: [],
      ...r,
    };
    this.runs.set(run.id, run);
    return run;
  }

  pullRequest(pull: PullInfo, title = 'A change'): Issue {
    const issue: Issue = {
      number: this.issues.size + 1,
      title,
      body: '',
      labels: [],
      state: 'open',
      stateReason: null,
      login: 'contributor',
      createdAt: this.now(),
      updatedAt: this.now(),
      pull,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  /** A comment by someone else (a person, or another bot), e.g. to check the action leaves it alone. */
  addComment(issueNumber: number, body: string, login = 'someone', userType: 'Bot' | 'User' = 'User'): Comment {
    const at = this.now();
    const c: Comment = { id: this.id(), issueNumber, body, login, userType, createdAt: at, updatedAt: at };
    this.comments.set(c.id, c);
    return c;
  }

  commentsOn(issueNumber: number): Comment[] {
    return [...this.comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  artifactsNamed(name: string): Artifact[] {
    return [...this.artifacts.values()].filter((a) => a.name === name && a.finalized);
  }

  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }
}
