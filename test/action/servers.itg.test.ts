// The local GitHub is only worth something if it refuses what GitHub refuses. These tests pin that:
// unknown paths and methods, missing or malformed parameters, bodies violating the schema, read-only
// tokens, pagination, and the artifact round trip through the real @actions/artifact client.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenApi } from '../servers/openapi.js';
import { runtimeToken } from '../servers/results.js';
import { startStack, type Stack } from '../servers/stack.js';

let stack: Stack;
let token: string;
let readOnly: string;
let pr: number;
const repoPath = (p: string): string => `${stack.apiUrl}/repos/acme/shop${p}`;

// biome-ignore lint/suspicious/noExplicitAny: the responses are any JSON the server sends
async function call(method: string, url: string, body?: unknown, tok = token): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, {
    method,
    redirect: 'manual',
    headers: { authorization: `token ${tok}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

beforeAll(async () => {
  stack = await startStack();
  token = stack.world.token({ 'pull-requests': 'write', issues: 'write', actions: 'read', contents: 'read' });
  readOnly = stack.world.token({ 'pull-requests': 'read', issues: 'read', actions: 'read', contents: 'read' });
  const main = stack.world.push('main', 'root');
  pr = stack.world.pullRequest({
    headSha: stack.world.commit([main]),
    headRef: 'feature',
    headRepoId: stack.world.repo.id,
    baseRef: 'main',
    baseSha: main,
  }).number;
});
afterAll(async () => {
  await stack?.stop();
});

describe('the local GitHub server answers as GitHub does', () => {
  it('answers 404 for a path GitHub does not have', async () => {
    expect((await call('GET', repoPath('/artifacts'))).status).toBe(404);
    expect((await call('GET', repoPath(`/issues/${pr}/comment`))).status).toBe(404);
  });

  it('answers 404 for a method the path does not have', async () => {
    const r = await call('DELETE', repoPath(`/issues/${pr}/comments`));
    expect(r.status).toBe(404);
    expect(r.json.message).toMatch(/DELETE is not an operation/);
  });

  it('answers 422 for a missing required body field, a wrong type, or an unknown query parameter', async () => {
    expect((await call('POST', repoPath(`/issues/${pr}/comments`), { text: 'hi' })).status).toBe(422);
    expect((await call('POST', repoPath(`/issues/${pr}/comments`), { body: 42 })).status).toBe(422);
    expect((await call('GET', repoPath(`/issues/abc/comments`))).status).toBe(422);
    expect((await call('GET', repoPath(`/issues/${pr}/comments?perpage=10`))).status).toBe(422);
    expect((await call('PATCH', repoPath(`/issues/${pr}`), { state: 'finished' })).status).toBe(422);
  });

  it('answers 403 to a read-only token (a pull request from a fork) and 401 without a token', async () => {
    const r = await call('POST', repoPath(`/issues/${pr}/comments`), { body: 'hi' }, readOnly);
    expect(r.status).toBe(403);
    expect(r.json.message).toBe('Resource not accessible by integration');
    expect((await call('GET', repoPath(`/issues/${pr}/comments`), undefined, readOnly)).status).toBe(200);
    expect((await call('GET', repoPath(`/issues/${pr}/comments`), undefined, 'nope')).status).toBe(401);
  });

  it('paginates with Link headers like GitHub', async () => {
    for (let i = 0; i < 35; i++) stack.world.addComment(pr, `c${i}`);
    const first = await call('GET', repoPath(`/issues/${pr}/comments`));
    expect(first.json).toHaveLength(30);
    expect(first.headers.get('link')).toMatch(/page=2&per_page=30>; rel="next"/);
    const second = await call('GET', repoPath(`/issues/${pr}/comments?page=2`));
    expect(second.json).toHaveLength(5);
    expect(second.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it("serves responses that satisfy GitHub's response schemas", async () => {
    await call('POST', repoPath(`/issues/${pr}/comments`), { body: 'hello' });
    await call('GET', repoPath(`/pulls/${pr}`));
    await call('GET', repoPath(`/commits?sha=main`));
    expect(stack.world.badResponses).toEqual([]);
    expect(stack.world.unimplemented).toEqual([]);
  });

  it("checks fixtures against GitHub's webhook schemas", () => {
    const api = OpenApi.load();
    expect(api.check('webhook-push', {})).not.toEqual([]);
    expect(api.check('webhook-push', api.synth('webhook-push'))).toEqual([]);
  });
});

describe('artifacts: the real @actions/artifact client against the results service and Azurite', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dsg-art-'));
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads, refuses the same name again in the run (409), lists over REST and downloads through the 302', async () => {
    const w = stack.world;
    const run = w.run({ event: 'push', headBranch: 'main', headSha: w.branches.get('main')! });
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(run),
      ACTIONS_RESULTS_URL: stack.resultsUrl + '/',
      GITHUB_API_URL: stack.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: dir,
    });
    writeFileSync(join(dir, 'report.json'), '{"hello":1}');
    // @actions/github reads GITHUB_API_URL when it is first imported.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const up = await client.uploadArtifact('baseline', [join(dir, 'report.json')], dir, { retentionDays: 5 });
    expect(up.id).toBeGreaterThan(0);
    await expect(client.uploadArtifact('baseline', [join(dir, 'report.json')], dir)).rejects.toThrow(/409/);
    const listed = await call('GET', repoPath('/actions/artifacts?name=baseline'));
    expect(listed.json.artifacts.map((a: { id: number }) => a.id)).toEqual([up.id]);
    if (up.id === undefined) throw new Error('no artifact id');
    expect(listed.json.artifacts[0].workflow_run).toMatchObject({ id: run.id, head_branch: 'main', repository_id: w.repo.id });
    const out = join(dir, 'out');
    await client.downloadArtifact(up.id, {
      path: out,
      findBy: { token, workflowRunId: run.id, repositoryOwner: 'acme', repositoryName: 'shop' },
    });
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('{"hello":1}');
    expect(stack.world.badResponses).toEqual([]);
  });
});

describe('review comments and jobs: refused where GitHub refuses them', () => {
  it('a review comment only on a RIGHT-side line of the file diff; outdated ones lose their line; only the author edits', async () => {
    const w = stack.world;
    const base = w.branches.get('main')!;
    const p = w.pullRequest({
      headSha: w.commit([base]),
      headRef: 'ignore',
      headRepoId: w.repo.id,
      baseRef: 'main',
      baseSha: base,
      files: [{ filename: '.dockerignore', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n-b\n+c\n+d' }],
    });
    const post = (body: Record<string, unknown>, tok = token) =>
      call(
        'POST',
        repoPath(`/pulls/${p.number}/comments`),
        { body: 'x', commit_id: p.pull!.headSha, path: '.dockerignore', side: 'RIGHT', ...body },
        tok,
      );
    expect((await post({ line: 4 })).status).toBe(422); // past the hunk
    expect((await post({ line: 1, path: 'other' })).status).toBe(422); // not in the diff
    expect((await post({ line: 'three' })).status).toBe(422); // schema
    expect((await post({ line: 3 }, readOnly)).status).toBe(403);
    const made = await post({ line: 3 });
    expect(made.status).toBe(201);
    expect(made.json.line).toBe(3);
    const other = stack.world.token({ 'pull-requests': 'write' }, 'someone-else', 'User');
    expect((await call('PATCH', repoPath(`/pulls/comments/${made.json.id}`), { body: 'y' }, other)).status).toBe(403);
    p.pull!.headSha = w.commit([p.pull!.headSha]);
    const listed = await call('GET', repoPath(`/pulls/${p.number}/comments`));
    expect(listed.json.map((c: { line?: number; original_line: number }) => [c.line, c.original_line])).toEqual([[undefined, 3]]);
    expect((await call('DELETE', repoPath(`/pulls/comments/${made.json.id}`))).status).toBe(204);
    expect(stack.world.badResponses).toEqual([]);
  });

  it("lists a run's jobs (schema-checked), 404 for an unknown run", async () => {
    const run = stack.world.run({
      event: 'push',
      headBranch: 'main',
      headSha: stack.world.branches.get('main')!,
      jobs: [{ id: 5, name: 'size (api)', status: 'completed', conclusion: 'failure' }],
    });
    const r = await call('GET', repoPath(`/actions/runs/${run.id}/jobs?filter=latest`));
    expect(r.status).toBe(200);
    expect(r.json.jobs.map((j: { name: string; conclusion: string }) => [j.name, j.conclusion])).toEqual([['size (api)', 'failure']]);
    expect((await call('GET', repoPath('/actions/runs/999999/jobs'))).status).toBe(404);
    expect(stack.world.badResponses).toEqual([]);
  });
});
