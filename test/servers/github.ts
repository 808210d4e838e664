// A local GitHub REST server for the end-to-end suite. Every request is first checked against GitHub's
// published OpenAPI description (./openapi.ts): an unknown path or method is answered 404, a missing or
// malformed parameter or a body that violates the schema 422, as GitHub does. Then the token's permissions
// are checked (403 "Resource not accessible by integration", as for a pull request from a fork), and the
// operation is served from the World's state, paginated with Link headers like GitHub. Every response body
// is checked against the declared response schema; violations are recorded in world.badResponses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BlobStore } from './azurite.js';
import { OpenApi, type Operation } from './openapi.js';
import type { Artifact, Comment, Issue, Level, ReviewComment, Run, Scope, Token, World } from './world.js';

export interface GitHubServer {
  url: string;
  stop(): Promise<void>;
}

interface Req {
  op: Operation;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  token: Token;
  url: URL;
}

interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (req: Req) => Res | Promise<Res>;

const DOCS = 'https://docs.github.com/rest';
const err = (status: number, message: string): Res => ({ status, body: { message, documentation_url: DOCS, status: String(status) } });

export async function startGitHub(world: World, blobs: BlobStore): Promise<GitHubServer> {
  const api = OpenApi.load();
  const handlers = makeHandlers(world, blobs, api);
  const server: Server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      world.badResponses.push(`server error: ${(e as Error).stack}`);
      send(res, { status: 500, body: { message: String(e) } });
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return reply(req, url, undefined, res, err(400, 'Problems parsing JSON'));
      }
    }
    const m = api.match(req.method ?? 'GET', url, body);
    if (!m.ok) return reply(req, url, undefined, res, err(m.status, m.message), body);
    const auth = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
    const token = auth ? world.tokens.get(auth[1]!) : undefined;
    if (!token) return reply(req, url, m.op, res, err(401, 'Bad credentials'), body);
    const need = scopeOf(m.op, m.path, world);
    const level: Level = m.op.method === 'GET' ? 'read' : 'write';
    const has = need.some((s) => token.permissions[s] === 'write' || (level === 'read' && token.permissions[s] === 'read'));
    if (!has) return reply(req, url, m.op, res, err(403, 'Resource not accessible by integration'), body);
    if (m.path.owner !== world.repo.owner || m.path.repo !== world.repo.name)
      return reply(req, url, m.op, res, err(404, 'Not Found'), body);
    const h = handlers[m.op.id];
    if (!h) {
      world.unimplemented.push(`${m.op.method} ${m.op.template} (${m.op.id})`);
      return reply(req, url, m.op, res, err(501, `the test server does not implement ${m.op.id}`), body);
    }
    const out = await h({ op: m.op, path: m.path, query: m.query, body: (body ?? {}) as Record<string, unknown>, token, url });
    if (out.status < 400) {
      for (const problem of api.checkResponse(m.op, out.status, out.body)) world.badResponses.push(problem);
    }
    reply(req, url, m.op, res, out, body);
  }

  function reply(req: IncomingMessage, url: URL, op: Operation | undefined, res: ServerResponse, out: Res, body?: unknown): void {
    world.requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, operation: op?.id, status: out.status, body });
    send(res, out);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, out: Res): void {
  const headers: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28', ...out.headers };
  if (out.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(out.status, headers);
  res.end(out.body === undefined ? undefined : JSON.stringify(out.body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The permission an operation needs (any one of these). */
function scopeOf(op: Operation, path: Record<string, string>, world: World): Scope[] {
  if (op.id.startsWith('actions/')) return ['actions'];
  if (op.id.startsWith('repos/')) return ['contents'];
  if (op.id.startsWith('pulls/')) return ['pull-requests'];
  if (/comment/.test(op.id)) {
    const n = path.issue_number ?? (path.comment_id ? world.comments.get(Number(path.comment_id))?.issueNumber : undefined);
    return n !== undefined && world.issues.get(Number(n))?.pull ? ['pull-requests', 'issues'] : ['issues'];
  }
  return ['issues'];
}

/** Slices a list the way GitHub paginates (per_page default 30, max 100) and sets the Link header. */
function paginate<T>(req: Req, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(req.query.per_page ?? 30), 100);
  const page = Math.max(Number(req.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number): string => {
    const u = new URL(req.url.toString());
    u.searchParams.set('page', String(p));
    u.searchParams.set('per_page', String(perPage));
    return `<http://${req.url.host}${u.pathname}${u.search}>`;
  };
  const rels: string[] = [];
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: rels.length ? { link: rels.join(', ') } : {} };
}

function makeHandlers(world: World, blobs: BlobStore, api: OpenApi): Record<string, Handler> {
  const r = world.repo;
  const base = `https://api.github.com/repos/${r.owner}/${r.name}`;
  const html = `https://github.com/${r.owner}/${r.name}`;
  const repoJson = (id: number): unknown => {
    const repo = world.repoById(id)!;
    return {
      id: repo.id,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: { login: repo.owner, id: repo.id + 1, type: 'Organization' },
      fork: repo.id !== r.id,
      html_url: `https://github.com/${repo.owner}/${repo.name}`,
      url: `https://api.github.com/repos/${repo.owner}/${repo.name}`,
    };
  };
  const user = (login: string, type: 'Bot' | 'User'): unknown => ({
    login,
    id: login.length * 1000 + 7,
    type,
    html_url: type === 'Bot' ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}` : `https://github.com/${login}`,
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
  });
  const expired = (a: Artifact): boolean => Date.parse(a.expiresAt) <= Date.now();
  const artifactJson = (a: Artifact): unknown => {
    const run = world.runs.get(a.runId)!;
    return api.synth('artifact', {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: `${base}/actions/artifacts/${a.id}`,
      archive_download_url: `${base}/actions/artifacts/${a.id}/zip`,
      expired: expired(a),
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt,
      digest: a.digest,
      workflow_run: {
        id: run.id,
        repository_id: run.repositoryId,
        head_repository_id: run.headRepositoryId,
        head_branch: run.headBranch,
        head_sha: run.headSha,
      },
    });
  };
  const runJson = (run: Run): unknown =>
    api.synth('workflow-run', {
      id: run.id,
      run_attempt: run.attempt,
      event: run.event,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: 'success',
      created_at: run.createdAt,
      updated_at: run.createdAt,
      html_url: `${html}/actions/runs/${run.id}`,
      url: `${base}/actions/runs/${run.id}`,
      repository: repoJson(run.repositoryId),
      head_repository: repoJson(run.headRepositoryId),
      head_repository_id: run.headRepositoryId,
      pull_requests: run.pullRequests.map((n) => pullMini(n)),
    });
  const pullMini = (n: number): unknown => {
    const p = world.issues.get(n)!.pull!;
    return {
      id: n * 10,
      number: n,
      url: `${base}/pulls/${n}`,
      head: { ref: p.headRef, sha: p.headSha, repo: { id: p.headRepoId, url: 'https://api.github.com/x', name: r.name } },
      base: { ref: p.baseRef, sha: p.baseSha, repo: { id: r.id, url: base, name: r.name } },
    };
  };
  const commentJson = (c: Comment): unknown =>
    api.synth('issue-comment', {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/issues/comments/${c.id}`,
      html_url: `${html}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${base}/issues/${c.issueNumber}`,
      body: c.body,
      user: user(c.login, c.userType),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE',
    });
  const labelJson = (name: string): unknown => {
    const l = world.labels.get(name) ?? { id: 0, name, color: 'ededed' };
    return api.synth('label', {
      id: l.id,
      node_id: `LA_${l.id}`,
      url: `${base}/labels/${encodeURIComponent(name)}`,
      name,
      color: l.color,
      description: null,
      default: false,
    });
  };
  const issueJson = (i: Issue): unknown =>
    api.synth('issue', {
      id: i.number * 100,
      node_id: `I_${i.number}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason,
      labels: i.labels.map(labelJson),
      user: user(i.login, i.login.endsWith('[bot]') ? 'Bot' : 'User'),
      url: `${base}/issues/${i.number}`,
      html_url: `${html}/issues/${i.number}`,
      repository_url: base,
      labels_url: `${base}/issues/${i.number}/labels{/name}`,
      comments_url: `${base}/issues/${i.number}/comments`,
      events_url: `${base}/issues/${i.number}/events`,
      comments: world.commentsOn(i.number).length,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.state === 'closed' ? i.updatedAt : null,
      author_association: 'NONE',
      ...(i.pull
        ? {
            pull_request: {
              url: `${base}/pulls/${i.number}`,
              html_url: `${html}/pull/${i.number}`,
              diff_url: `${html}/pull/${i.number}.diff`,
              patch_url: `${html}/pull/${i.number}.patch`,
            },
          }
        : {}),
    });
  const commitJson = (sha: string): unknown => {
    const c = world.commits.get(sha)!;
    const who = { name: 'Dev', email: 'dev@example.com', date: c.date };
    return api.synth('commit', {
      sha,
      node_id: `C_${sha.slice(0, 8)}`,
      url: `${base}/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
      comments_url: `${base}/commits/${sha}/comments`,
      commit: {
        url: `${base}/git/commits/${sha}`,
        author: who,
        committer: who,
        message: c.message,
        comment_count: 0,
        tree: { sha: sha.replace(/^./, 't'), url: `${base}/git/trees/x` },
      },
      author: null,
      committer: null,
      parents: c.parents.map((p) => ({ sha: p, url: `${base}/commits/${p}`, html_url: `${html}/commit/${p}` })),
    });
  };
  /**
   * A review comment is outdated once the pull request's head moved past its commit: then it has no `line`
   * (GitHub's description types line as an integer, so it is left out rather than null).
   */
  const reviewCommentJson = (c: ReviewComment): unknown => {
    const p = world.issues.get(c.pullNumber)!.pull!;
    const current = p.headSha === c.commitId;
    return api.synth('pull-request-review-comment', {
      url: `${base}/pulls/comments/${c.id}`,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.id + 1,
      diff_hunk: '@@ -1 +1 @@',
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: user(c.login, c.userType),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: `${html}/pull/${c.pullNumber}#discussion_r${c.id}`,
      pull_request_url: `${base}/pulls/${c.pullNumber}`,
      author_association: 'NONE',
      _links: {
        self: { href: `${base}/pulls/comments/${c.id}` },
        html: { href: `${html}/pull/${c.pullNumber}#discussion_r${c.id}` },
        pull_request: { href: `${base}/pulls/${c.pullNumber}` },
      },
      ...(current ? { line: c.line } : {}),
      original_line: c.line,
      side: 'RIGHT',
    });
  };
  const resolveRef = (ref: string): string | undefined => world.branches.get(ref) ?? (world.commits.has(ref) ? ref : undefined);
  const issueOr404 = (n: unknown): Issue | undefined => world.issues.get(Number(n));

  return {
    // ---- artifacts and runs
    'actions/list-artifacts-for-repo': (req) => {
      const all = [...world.artifacts.values()]
        .filter((a) => a.finalized && (req.query.name === undefined || a.name === req.query.name))
        .sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(req, all);
      return { status: 200, headers, body: { total_count: all.length, artifacts: page.map(artifactJson) } };
    },
    'actions/list-workflow-run-artifacts': (req) => {
      const all = [...world.artifacts.values()]
        .filter((a) => a.finalized && a.runId === Number(req.path.run_id) && (req.query.name === undefined || a.name === req.query.name))
        .sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(req, all);
      return { status: 200, headers, body: { total_count: all.length, artifacts: page.map(artifactJson) } };
    },
    'actions/get-artifact': (req) => {
      const a = world.artifacts.get(Number(req.path.artifact_id));
      return a?.finalized ? { status: 200, body: artifactJson(a) } : err(404, 'Not Found');
    },
    'actions/download-artifact': (req) => {
      const a = world.artifacts.get(Number(req.path.artifact_id));
      if (!a?.finalized) return err(404, 'Not Found');
      if (req.path.archive_format !== 'zip') return err(404, 'Not Found');
      if (expired(a)) return err(410, 'Artifact has expired');
      return { status: 302, headers: { location: blobs.signedUrl(a.blob, 'r', 1) } };
    },
    'actions/get-workflow-run': (req) => {
      const run = world.runs.get(Number(req.path.run_id));
      return run ? { status: 200, body: runJson(run) } : err(404, 'Not Found');
    },
    'actions/list-jobs-for-workflow-run': (req) => {
      const run = world.runs.get(Number(req.path.run_id));
      if (!run) return err(404, 'Not Found');
      const { page, headers } = paginate(req, run.jobs);
      return {
        status: 200,
        headers,
        body: {
          total_count: run.jobs.length,
          jobs: page.map((j) =>
            api.synth('job', {
              id: j.id,
              node_id: `J_${j.id}`,
              run_id: run.id,
              run_url: `${base}/actions/runs/${run.id}`,
              run_attempt: run.attempt,
              head_sha: run.headSha,
              head_branch: run.headBranch,
              workflow_name: 'Docker size',
              name: j.name,
              url: `${base}/actions/jobs/${j.id}`,
              html_url: `${html}/actions/runs/${run.id}/job/${j.id}`,
              status: j.status,
              conclusion: j.conclusion,
              started_at: run.createdAt,
              completed_at: j.status === 'completed' ? run.createdAt : null,
              created_at: run.createdAt,
              check_run_url: `${base}/check-runs/${j.id}`,
              labels: ['ubuntu-latest'],
              runner_id: 1,
              runner_name: 'GitHub Actions 1',
              runner_group_id: 2,
              runner_group_name: 'GitHub Actions',
              steps: [],
            }),
          ),
        },
      };
    },
    // ---- commits
    'repos/list-commits': (req) => {
      const head = resolveRef(String(req.query.sha ?? r.defaultBranch));
      if (!head) return err(404, 'Not Found');
      const { page, headers } = paginate(req, world.ancestors(head));
      return { status: 200, headers, body: page.map(commitJson) };
    },
    'repos/compare-commits-with-basehead': (req) => {
      const m = /^(.+?)\.\.\.(.+)$/.exec(req.path.basehead!);
      const a = m && resolveRef(m[1]!);
      const b = m && resolveRef(m[2]!);
      if (!a || !b) return err(404, 'Not Found');
      const ancA = new Set(world.ancestors(a));
      const ancB = world.ancestors(b);
      const mergeBase = ancB.find((s) => ancA.has(s));
      if (!mergeBase) return err(404, 'No common ancestor between these commits.');
      const ahead = ancB.filter((s) => !ancA.has(s));
      const behind = [...ancA].filter((s) => !ancB.includes(s)).length;
      const status = a === b ? 'identical' : behind === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
      return {
        status: 200,
        body: api.synth('commit-comparison', {
          url: `${base}/compare/${req.path.basehead}`,
          html_url: `${html}/compare/${req.path.basehead}`,
          permalink_url: `${html}/compare/${req.path.basehead}`,
          diff_url: `${html}/compare/${req.path.basehead}.diff`,
          patch_url: `${html}/compare/${req.path.basehead}.patch`,
          base_commit: commitJson(a),
          merge_base_commit: commitJson(mergeBase),
          status,
          ahead_by: ahead.length,
          behind_by: behind,
          total_commits: ahead.length,
          commits: ahead.slice(0, 250).reverse().map(commitJson),
        }),
      };
    },
    // ---- pull requests
    'pulls/get': (req) => {
      const i = issueOr404(req.path.pull_number);
      if (!i?.pull) return err(404, 'Not Found');
      const side = (ref: string, sha: string, repoId: number): unknown => ({
        label: `${world.repoById(repoId)!.owner}:${ref}`,
        ref,
        sha,
        user: user(world.repoById(repoId)!.owner, 'User'),
        repo: api.synth('repository', { ...(repoJson(repoId) as object), owner: user(world.repoById(repoId)!.owner, 'User') }),
      });
      return {
        status: 200,
        body: api.synth('pull-request', {
          id: i.number * 10,
          number: i.number,
          state: i.state,
          title: i.title,
          url: `${base}/pulls/${i.number}`,
          html_url: `${html}/pull/${i.number}`,
          user: user(i.login, 'User'),
          head: side(i.pull.headRef, i.pull.headSha, i.pull.headRepoId),
          base: side(i.pull.baseRef, i.pull.baseSha, r.id),
          created_at: i.createdAt,
          updated_at: i.updatedAt,
          closed_at: null,
          merged_at: null,
          merge_commit_sha: null,
          draft: false,
          labels: i.labels.map(labelJson),
        }),
      };
    },
    'pulls/list-files': (req) => {
      const i = issueOr404(req.path.pull_number);
      if (!i?.pull) return err(404, 'Not Found');
      const { page, headers } = paginate(req, i.pull.files ?? []);
      return {
        status: 200,
        headers,
        body: page.map((f) => {
          const lines = f.patch.split('\n');
          const additions = lines.filter((l) => l.startsWith('+')).length;
          const deletions = lines.filter((l) => l.startsWith('-')).length;
          return api.synth('diff-entry', {
            sha: 'b'.repeat(40),
            filename: f.filename,
            status: f.status,
            additions,
            deletions,
            changes: additions + deletions,
            blob_url: `${html}/blob/${i.pull!.headSha}/${f.filename}`,
            raw_url: `${html}/raw/${i.pull!.headSha}/${f.filename}`,
            contents_url: `${base}/contents/${f.filename}?ref=${i.pull!.headSha}`,
            patch: f.patch,
          });
        }),
      };
    },
    'pulls/list-review-comments': (req) => {
      const i = issueOr404(req.path.pull_number);
      if (!i?.pull) return err(404, 'Not Found');
      const all = [...world.reviewComments.values()].filter((c) => c.pullNumber === i.number).sort((a, b) => a.id - b.id);
      const { page, headers } = paginate(req, all);
      return { status: 200, headers, body: page.map(reviewCommentJson) };
    },
    'pulls/create-review-comment': (req) => {
      const i = issueOr404(req.path.pull_number);
      if (!i?.pull) return err(404, 'Not Found');
      const b = req.body;
      if (typeof b.line !== 'number' || b.side === 'LEFT' || b.position !== undefined || b.in_reply_to !== undefined)
        return validation('the test server accepts single-line comments on the RIGHT side only');
      if (!world.commits.has(String(b.commit_id))) return validation('commit_id is not part of the pull request', 'invalid');
      const file = i.pull.files?.find((f) => f.filename === b.path);
      if (!file) return validation('pull_request_review_thread.path must be part of the diff', 'invalid');
      if (!rightLines(file.patch).has(b.line)) return validation('pull_request_review_thread.line must be part of the diff', 'invalid');
      if (String(b.body).length > 65536) return validation('body is too long (maximum is 65536 characters)');
      const at = world.now();
      const c: ReviewComment = {
        id: world.id(),
        pullNumber: i.number,
        path: String(b.path),
        line: b.line,
        commitId: String(b.commit_id),
        body: String(b.body),
        login: req.token.login,
        userType: req.token.userType,
        createdAt: at,
        updatedAt: at,
      };
      world.reviewComments.set(c.id, c);
      return { status: 201, headers: { location: `${base}/pulls/comments/${c.id}` }, body: reviewCommentJson(c) };
    },
    'pulls/update-review-comment': (req) => {
      const c = world.reviewComments.get(Number(req.path.comment_id));
      if (!c) return err(404, 'Not Found');
      if (c.login !== req.token.login) return err(403, 'Resource not accessible by integration');
      c.body = String(req.body.body);
      c.updatedAt = world.now();
      return { status: 200, body: reviewCommentJson(c) };
    },
    'pulls/delete-review-comment': (req) => {
      const c = world.reviewComments.get(Number(req.path.comment_id));
      if (!c) return err(404, 'Not Found');
      if (c.login !== req.token.login) return err(403, 'Resource not accessible by integration');
      world.reviewComments.delete(c.id);
      return { status: 204 };
    },
    // ---- comments
    'issues/list-comments': (req) => {
      if (!issueOr404(req.path.issue_number)) return err(404, 'Not Found');
      const { page, headers } = paginate(req, world.commentsOn(Number(req.path.issue_number)));
      return { status: 200, headers, body: page.map(commentJson) };
    },
    'issues/create-comment': (req) => {
      const i = issueOr404(req.path.issue_number);
      if (!i) return err(404, 'Not Found');
      const body = String(req.body.body);
      if (body.length > 65536) return validation('body is too long (maximum is 65536 characters)');
      const c = world.addComment(i.number, body, req.token.login, req.token.userType);
      return { status: 201, headers: { location: `${base}/issues/comments/${c.id}` }, body: commentJson(c) };
    },
    'issues/update-comment': (req) => {
      const c = world.comments.get(Number(req.path.comment_id));
      if (!c) return err(404, 'Not Found');
      const body = String(req.body.body);
      if (body.length > 65536) return validation('body is too long (maximum is 65536 characters)');
      c.body = body;
      c.updatedAt = world.now();
      return { status: 200, body: commentJson(c) };
    },
    // ---- issues and labels
    'issues/list-for-repo': (req) => {
      const state = String(req.query.state ?? 'open');
      const labels = req.query.labels === undefined ? [] : String(req.query.labels).split(',').filter(Boolean);
      const all = [...world.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .filter((i) => req.query.creator === undefined || i.login === req.query.creator)
        .sort((a, b) => b.number - a.number);
      const { page, headers } = paginate(req, all);
      return { status: 200, headers, body: page.map(issueJson) };
    },
    'issues/create': (req) => {
      const labels = ((req.body.labels ?? []) as (string | { name: string })[]).map((l) => (typeof l === 'string' ? l : l.name));
      for (const l of labels) if (!world.labels.has(l)) world.labels.set(l, { id: world.id(), name: l, color: 'ededed' });
      const at = world.now();
      const i: Issue = {
        number: world.issues.size + 1,
        title: String(req.body.title),
        body: String(req.body.body ?? ''),
        labels,
        state: 'open',
        stateReason: null,
        login: req.token.login,
        createdAt: at,
        updatedAt: at,
      };
      world.issues.set(i.number, i);
      return { status: 201, headers: { location: `${base}/issues/${i.number}` }, body: issueJson(i) };
    },
    'issues/update': (req) => {
      const i = issueOr404(req.path.issue_number);
      if (!i) return err(404, 'Not Found');
      if (req.body.title !== undefined) i.title = String(req.body.title);
      if (req.body.body !== undefined) i.body = String(req.body.body ?? '');
      if (req.body.state !== undefined) {
        i.state = req.body.state as 'open' | 'closed';
        i.stateReason = i.state === 'closed' ? String(req.body.state_reason ?? 'completed') : 'reopened';
      }
      if (req.body.labels !== undefined)
        i.labels = (req.body.labels as (string | { name: string })[]).map((l) => (typeof l === 'string' ? l : l.name));
      i.updatedAt = world.now();
      return { status: 200, body: issueJson(i) };
    },
    'issues/get-label': (req) =>
      world.labels.has(req.path.name!) ? { status: 200, body: labelJson(req.path.name!) } : err(404, 'Not Found'),
    'issues/create-label': (req) => {
      const name = String(req.body.name);
      if (world.labels.has(name)) return validation('Label already exists', 'already_exists');
      world.labels.set(name, { id: world.id(), name, color: String(req.body.color ?? 'ededed').replace(/^#/, '') });
      return { status: 201, headers: { location: `${base}/labels/${encodeURIComponent(name)}` }, body: labelJson(name) };
    },
  };
}

/** The new-file line numbers a unified diff shows (added and context lines): where a review comment may go. */
function rightLines(patch: string): Set<number> {
  const out = new Set<number>();
  let n = 0;
  for (const l of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) n = Number(h[1]) - 1;
    else if (l.startsWith('+') || l.startsWith(' ')) out.add(++n);
  }
  return out;
}

function validation(message: string, code = 'custom'): Res {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code, message }], documentation_url: DOCS },
  };
}
