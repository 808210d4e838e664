// End to end: the bundled action (dist/index.js) in a child process, against the local GitHub (REST checked
// against GitHub's OpenAPI description, the results service and Azurite). Each test is a story of runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../servers/stack.js';
import type { Run, World } from '../servers/world.js';
import { pullRequestEvent, pushEvent, scheduleEvent, workflowRunEvent } from './events.js';
import { makeWorkspace, runAction, writeFile, type ActionResult } from './harness.js';

let stack: Stack;
let w: World;
const workspaces: string[] = [];
/** The permissions the README documents for the pull-request workflow. */
const PR_PERMISSIONS = { contents: 'read', 'pull-requests': 'write', actions: 'read' } as const;

beforeEach(async () => {
  stack = await startStack();
  w = stack.world;
});
afterEach(async () => {
  // The local GitHub must never have been asked something GitHub does not answer.
  const unknown = w.requests.filter((r) => r.status === 404 && !r.operation);
  expect(unknown, 'requests to paths GitHub does not have').toEqual([]);
  expect(
    w.requests.filter((r) => r.status === 422),
    'requests GitHub would refuse',
  ).toEqual([]);
  expect(w.badResponses).toEqual([]);
  expect(w.unimplemented).toEqual([]);
  await stack.stop();
  for (const d of workspaces.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, number | string>): string {
  const d = makeWorkspace(files);
  workspaces.push(d);
  return d;
}

async function pushRun(ws: string, branch = 'main', inputs: Record<string, string> = {}): Promise<{ result: ActionResult; run: Run }> {
  const before = w.branches.get(branch) ?? '0'.repeat(40);
  const after = w.push(branch, 'push');
  const run = w.run({ event: 'push', headBranch: branch, headSha: after });
  const token = w.token({ contents: 'read', actions: 'read' });
  const result = await runAction(stack, {
    run,
    eventName: 'push',
    payload: pushEvent(w, branch, before, after),
    token,
    workspace: ws,
    inputs,
  });
  return { result, run };
}

function openPr(headRepoId = w.repo.id): number {
  const base = w.branches.get('main')!;
  const head = w.commit([base], 'feature work');
  return w.pullRequest({ headSha: head, headRef: 'feature', headRepoId, baseRef: 'main', baseSha: base }).number;
}

async function prRun(
  ws: string,
  number: number,
  inputs: Record<string, string> = {},
  permissions: Record<string, 'read' | 'write'> = PR_PERMISSIONS,
): Promise<{ result: ActionResult; run: Run }> {
  const pr = w.issues.get(number)!;
  const run = w.run({
    event: 'pull_request',
    headBranch: pr.pull!.headRef,
    headSha: pr.pull!.headSha,
    headRepositoryId: pr.pull!.headRepoId,
    pullRequests: [number],
  });
  const token = w.token(permissions);
  const result = await runAction(stack, { run, eventName: 'pull_request', payload: pullRequestEvent(w, pr), token, workspace: ws, inputs });
  return { result, run };
}

const ok = (r: ActionResult): void => {
  expect(r.code, `exit code; stderr: ${r.stderr}\nstdout: ${r.stdout.slice(-3000)}`).toBe(0);
};

describe('pull requests', () => {
  it('first adoption: no baseline yet gives a neutral report with absolute figures, a comment and no failure', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const { result } = await prRun(ws, openPr());
    ok(result);
    expect(result.outputs['context-bytes']).toMatch(/^\d+$/);
    expect(result.outputs['context-delta']).toBe('');
    expect(result.outputs.breached).toBe('false');
    expect(result.outputs['baseline-commit']).toBe('');
    expect(result.summary).toContain('No baseline to compare with');
    expect(result.summary).toContain(result.outputs['report-markdown']!.trim().split('\n')[0]!);
    const comments = w.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- docker-size-guard:default -->\n')).toBe(true);
    expect(comments[0]!.login).toBe('github-actions[bot]');
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('push stores the baseline; the pull request finds it, shows the delta, and a second run updates the same comment', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const push = await pushRun(ws);
    ok(push.result);
    expect(w.artifactsNamed(push.result.outputs['baseline-artifact']!)).toHaveLength(1);

    const pr = openPr();
    writeFile(ws, { 'models/weights.bin': 400_000 });
    const first = await prRun(ws, pr);
    ok(first.result);
    expect(first.result.outputs['baseline-commit']).toBe(push.run.headSha);
    expect(Number(first.result.outputs['context-delta'])).toBe(400_000);
    expect(first.result.summary).toContain(`Compared with \`${push.run.headSha.slice(0, 12)}\``);
    expect(first.result.summary).toContain(`/actions/runs/${push.run.id}`);
    const [c1] = w.commentsOn(pr);
    expect(c1!.body).toContain('+400 kB');

    writeFile(ws, { 'models/weights.bin': 600_000 });
    const second = await prRun(ws, pr);
    ok(second.result);
    const after = w.commentsOn(pr);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(c1!.id);
    expect(after[0]!.body).toContain('+600 kB');
    // The comment as posted; the README quotes it (UPDATE_GOLDEN=1 rewrites it). Its head (marker, headline,
    // baseline line and figures) must match; the detail sections below belong to the report renderer's tests.
    const golden = 'test/fixtures/golden/action-comment.md';
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, after[0]!.body);
    const head = (text: string): string => text.split('\n').slice(0, 8).join('\n');
    expect(head(after[0]!.body)).toBe(head(readFileSync(golden, 'utf8')));
    expect(w.writes().filter((r) => r.operation === 'issues/update-comment')).toHaveLength(1);
  });

  it('keeps one comment per comment-key, finds ours past the first page, and leaves a person quoting the marker alone', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const pr = openPr();
    const quoted = w.addComment(pr, '<!-- docker-size-guard:default -->\nI copied this marker', 'someone', 'User');
    await prRun(ws, pr);
    for (let i = 0; i < 120; i++) w.addComment(pr, `review comment ${i}`);
    ok((await prRun(ws, pr)).result);
    ok((await prRun(ws, pr, { 'comment-key': 'api' })).result);
    ok((await prRun(ws, pr, { 'comment-key': 'api' })).result);
    const ours = w.commentsOn(pr).filter((c) => c.login === 'github-actions[bot]');
    expect(ours.map((c) => c.body.split('\n')[0])).toEqual(['<!-- docker-size-guard:default -->', '<!-- docker-size-guard:api -->']);
    expect(w.comments.get(quoted.id)!.body).toBe('<!-- docker-size-guard:default -->\nI copied this marker');
    // The default key's comment sits on page 2 of 100 when the second run looks for it.
    expect(w.requests.some((r) => r.operation === 'issues/list-comments' && /page=2/.test(r.path))).toBe(true);
  });

  it('comment: on-change does not start a comment when nothing moved; never writes none', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    ok((await pushRun(ws)).result);
    const pr = openPr();
    ok((await prRun(ws, pr, { comment: 'on-change' })).result);
    expect(w.commentsOn(pr)).toHaveLength(0);
    writeFile(ws, { 'data.csv': 50_000 });
    ok((await prRun(ws, pr, { comment: 'never' })).result);
    expect(w.commentsOn(pr)).toHaveLength(0);
    ok((await prRun(ws, pr, { comment: 'on-change' })).result);
    expect(w.commentsOn(pr)).toHaveLength(1);
  });

  it('a budget breach fails the step, still comments, and sets breached', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    ok((await pushRun(ws)).result);
    const pr = openPr();
    writeFile(ws, { 'models/weights.bin': 400_000 });
    const { result } = await prRun(ws, pr, { budgets: 'context: 300kB\ncontext-increase: 50%', 'warn-budgets': 'copied: 100kB' });
    expect(result.code).toBe(1);
    expect(result.outputs.breached).toBe('true');
    expect(result.annotations.filter((a) => a.level === 'error' && a.title).map((a) => a.message)).toEqual([
      expect.stringMatching(/^context .* is over the fail budget of 300kB/),
      expect.stringMatching(/^context growth \+\d+\.\d% is over the fail budget of 50%/),
    ]);
    expect(result.annotations.some((a) => a.level === 'warning' && /copied .* warn budget of 100kB/.test(a.message))).toBe(true);
    expect(result.stdout).toMatch(/::error::Docker size budget exceeded: Dockerfile context, Dockerfile context-increase/);
    expect(w.commentsOn(pr)[0]!.body).toContain('❌ Docker size: 2 budgets exceeded');
  });

  it('trims a comment that would be over 65,536 characters, and GitHub accepts it', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const targets = Array.from(
      { length: 500 },
      (_, i) => `  - name: service-${String(i).padStart(3, '0')}-${'x'.repeat(120)}\n    context: .`,
    ).join('\n');
    writeFile(ws, { '.github/docker-size.yml': `targets:\n${targets}\n` });
    const { result } = await prRun(ws, openPr());
    ok(result);
    const body = w.commentsOn(1)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.length).toBeGreaterThan(60000);
    expect(body).toMatch(/cut to fit GitHub's comment limit/i);
    expect(result.summary.length).toBeGreaterThan(0);
  });
});

describe('baselines', () => {
  it('skips expired baselines and ones produced by a fork, and says so', async () => {
    const root = w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const push = await pushRun(ws);
    ok(push.result);
    const name = push.result.outputs['baseline-artifact']!;
    for (const a of w.artifactsNamed(name)) a.expiresAt = '2020-01-01T00:00:00Z';
    // A fork's pull request runs workflows that can upload an artifact of the same name, from its own "main".
    const fork = w.fork('mallory');
    const forkRun = w.run({ event: 'pull_request', headBranch: 'main', headSha: w.commit([root], 'evil'), headRepositoryId: fork.id });
    const forged = workspace({ 'app.py': 1 });
    const up = await runAction(stack, {
      run: forkRun,
      eventName: 'push',
      payload: pushEvent(w, 'main', root, forkRun.headSha),
      token: w.token({ actions: 'read' }),
      workspace: forged,
      inputs: { mode: 'baseline' },
    });
    ok(up);
    expect(w.artifactsNamed(name)).toHaveLength(2);

    const pr = openPr();
    const { result } = await prRun(ws, pr);
    ok(result);
    expect(result.outputs['baseline-commit']).toBe('');
    expect(result.summary).toContain('No baseline to compare with: none of the 2 stored baselines is usable for main (');
    expect(result.summary).toMatch(/usable for main \([^\n]*expired/);
    expect(result.summary).toMatch(/usable for main \([^\n]*produced by a run from another repository \(a fork\)/);
  });

  it('prefers the base commit, else the newest ancestor of the base, over newer baselines elsewhere on the branch', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const old = await pushRun(ws);
    writeFile(ws, { 'more.bin': 100_000 });
    const newer = await pushRun(ws);
    ok(newer.result);
    // A pull request based on the older commit compares with the older baseline.
    const head = w.commit([old.run.headSha], 'feature');
    const pr = w.pullRequest({
      headSha: head,
      headRef: 'feature',
      headRepoId: w.repo.id,
      baseRef: 'main',
      baseSha: old.run.headSha,
    }).number;
    const first = await prRun(ws, pr);
    expect(first.result.outputs['baseline-commit']).toBe(old.run.headSha);
    // Based on a commit without a baseline, whose parent has one: the newest ancestor.
    const mid = w.commit([newer.run.headSha], 'docs');
    const pr2 = w.pullRequest({
      headSha: w.commit([mid], 'feature2'),
      headRef: 'feature2',
      headRepoId: w.repo.id,
      baseRef: 'main',
      baseSha: mid,
    }).number;
    const second = await prRun(ws, pr2);
    ok(second.result);
    expect(second.result.outputs['baseline-commit']).toBe(newer.run.headSha);
  });

  it('a re-run of the push (same run, attempt 2) replaces the baseline instead of failing with 409', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const first = await pushRun(ws);
    ok(first.result);
    first.run.attempt = 2;
    const again = await runAction(stack, {
      run: first.run,
      eventName: 'push',
      payload: pushEvent(w, 'main', first.run.headSha, first.run.headSha),
      token: w.token({ actions: 'read' }),
      workspace: ws,
    });
    ok(again);
    expect(again.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(w.requests.filter((r) => r.status === 409)).toHaveLength(1);
    expect(w.artifactsNamed(first.result.outputs['baseline-artifact']!)).toHaveLength(1);
  });
});

describe('forks', () => {
  it('a pull request from a fork: no comment and a warning pointing to the fork-safe pair, the summary still written, no failure', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    ok((await pushRun(ws)).result);
    const fork = w.fork('contributor');
    const pr = openPr(fork.id);
    const { result } = await prRun(ws, pr, {}, { contents: 'read', 'pull-requests': 'read', actions: 'read' });
    ok(result);
    expect(w.commentsOn(pr)).toHaveLength(0);
    expect(result.annotations.some((a) => a.level === 'warning' && /mode: measure.*workflow_run/.test(a.message))).toBe(true);
    expect(result.summary).toContain('Compared with');
    expect(w.writes().filter((r) => r.operation?.startsWith('issues/'))).toEqual([]);
  });

  it('a token that cannot write (403) is a warning, not a failure', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const pr = openPr();
    const { result } = await prRun(ws, pr, {}, { contents: 'read', 'pull-requests': 'read', actions: 'read' });
    ok(result);
    expect(w.requests.filter((r) => r.operation === 'issues/create-comment').map((r) => r.status)).toEqual([403]);
    expect(result.annotations.some((a) => a.level === 'warning' && /cannot write to the pull request/.test(a.message))).toBe(true);
    expect(result.summary).toContain('Docker size');
  });

  it('workflow_run pair: measure on the fork, comment from the trusted run on the right pull request; a spoofed number is refused', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    ok((await pushRun(ws)).result);
    const fork = w.fork('contributor');
    const pr = openPr(fork.id);
    const victim = openPr();
    writeFile(ws, { 'big.bin': 250_000 });

    // 1. The fork's pull_request run, read-only token.
    const measure = await prRun(ws, pr, { mode: 'measure' }, { contents: 'read', 'pull-requests': 'read', actions: 'read' });
    ok(measure.result);
    expect(w.artifactsNamed('docker-size-report-default')).toHaveLength(1);
    expect(w.writes().filter((r) => !r.operation?.startsWith('twirp/'))).toEqual([]);

    // 2. The workflow_run run: a checkout of main, a write token; pull_requests is empty for a fork.
    const trusted = workspace({ 'README.md': 'main branch only' });
    const commentRun = w.run({ event: 'workflow_run', headBranch: 'main', headSha: w.branches.get('main')! });
    const payload = workflowRunEvent(w, measure.run);
    expect((payload.workflow_run as { pull_requests: unknown[] }).pull_requests).toEqual([]);
    const token = w.token({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const posted = await runAction(stack, {
      run: commentRun,
      eventName: 'workflow_run',
      payload,
      token,
      workspace: trusted,
      inputs: { mode: 'comment' },
    });
    ok(posted);
    expect(w.commentsOn(pr)).toHaveLength(1);
    expect(w.commentsOn(pr)[0]!.body).toContain('+250 kB');
    expect(posted.outputs['context-delta']).toBe('250000');

    // 3. A malicious pull request names the victim's number in its artifact.
    const evil = openPr(fork.id);
    const evilWs = workspace({ 'app.py': 1 });
    const evilMeasure = await prRun(evilWs, evil, { mode: 'measure' }, { contents: 'read', 'pull-requests': 'read', actions: 'read' });
    ok(evilMeasure.result);
    // Its workflow is the pull request's own code: it can put anything in the artifact.
    await forgeArtifact(evilMeasure.run, 'docker-size-report-default', { number: victim, headSha: w.issues.get(victim)!.pull!.headSha });
    expect(w.artifactsNamed('docker-size-report-default').filter((a) => a.runId === evilMeasure.run.id)).toHaveLength(1);
    const spoof = await runAction(stack, {
      run: w.run({ event: 'workflow_run', headBranch: 'main', headSha: w.branches.get('main')! }),
      eventName: 'workflow_run',
      payload: workflowRunEvent(w, evilMeasure.run),
      token,
      workspace: trusted,
      inputs: { mode: 'comment' },
    });
    ok(spoof);
    expect(w.commentsOn(victim)).toHaveLength(0);
    expect(w.commentsOn(evil)).toHaveLength(0);
    expect(spoof.annotations.some((a) => a.level === 'warning' && new RegExp(`names pull request #${victim}`).test(a.message))).toBe(true);
  });
});

/**
 * What a malicious pull request's workflow can do: replace its own run's report artifact with one whose
 * pull-request.json names another pull request (through the real @actions/artifact client, as that run).
 */
async function forgeArtifact(run: Run, name: string, claim: { number: number; headSha: string }): Promise<void> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { runtimeToken } = await import('../servers/results.js');
  const dir = mkdtempSync(join(tmpdir(), 'dsg-forge-'));
  workspaces.push(dir);
  writeFileSync(
    join(dir, 'report.json'),
    JSON.stringify({ schemaVersion: 1, tool: { name: 'docker-size-guard', version: '0.1.0' }, targets: [] }),
  );
  writeFileSync(join(dir, 'pull-request.json'), JSON.stringify(claim));
  const saved = { ...process.env };
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: runtimeToken(run),
    ACTIONS_RESULTS_URL: `${stack.resultsUrl}/`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
  });
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    await client.deleteArtifact(name);
    await client.uploadArtifact(name, [join(dir, 'report.json'), join(dir, 'pull-request.json')], dir);
  } finally {
    process.env = saved;
  }
}

describe('scheduled regression report', () => {
  it('opens one tracking issue with the trend when growth over the window breaks the budget, updates it, and closes it once back under budget', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const schedule = async (inputs: Record<string, string>): Promise<ActionResult> => {
      const run = w.run({ event: 'schedule', headBranch: 'main', headSha: w.push('main', 'nightly') });
      return runAction(stack, {
        run,
        eventName: 'schedule',
        payload: scheduleEvent(),
        token: w.token({ contents: 'read', actions: 'read', issues: 'write' }),
        workspace: ws,
        inputs,
      });
    };
    const budgets = { budgets: 'context-increase: 50%', 'issue-label': 'size-alarm' };
    ok(await schedule(budgets));
    writeFile(ws, { 'a.bin': 10_000 });
    ok(await schedule(budgets));
    writeFile(ws, { 'b.bin': 40_000 });
    const grown = await schedule(budgets);
    ok(grown);
    expect(grown.summary).toContain('xychart-beta');
    expect(grown.summary).toMatch(/line \[0\.03, 0\.04, 0\.08\]/);
    const open = [...w.issues.values()].filter((i) => !i.pull);
    expect(open).toHaveLength(1);
    expect(open[0]!.labels).toEqual(['size-alarm']);
    expect(open[0]!.state).toBe('open');
    expect(open[0]!.body).toContain('```mermaid');
    expect(grown.outputs['issue-url']).toBe(`https://github.com/acme/shop/issues/${open[0]!.number}`);
    expect(w.labels.has('size-alarm')).toBe(true);

    writeFile(ws, { 'c.bin': 1_000 });
    ok(await schedule(budgets));
    expect([...w.issues.values()].filter((i) => !i.pull)).toHaveLength(1);

    // Back under budget: the window (trend-points 2) now starts after the growth.
    rmSync(`${ws}/c.bin`);
    const back = await schedule({ ...budgets, 'trend-points': '2' });
    ok(back);
    const issue = [...w.issues.values()].find((i) => !i.pull)!;
    expect(issue.state).toBe('closed');
    expect(w.commentsOn(issue.number).at(-1)!.body).toMatch(/Back under budget/);
  });
});

describe('image measurement in the action', () => {
  it('measures the image from an OCI layout on push and pull request, shows its delta, and survives a broken one', async () => {
    const { writeLayout } = await import('../image/oci.js');
    const layer = (bytes: number, createdBy: string) => ({
      files: { [`app/${createdBy.length}.bin`]: bytes },
      compression: 'gzip' as const,
      createdBy,
    });
    const image = (appBytes: number) => [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        layers: [layer(50_000, 'ADD rootfs.tar /'), layer(appBytes, 'COPY . /app # buildkit')],
      },
    ];
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 1000 });
    await writeLayout(`${ws}/oci`, image(20_000));
    const push = (await pushRun(ws, 'main', { 'image-archive': 'oci' })).result;
    ok(push);
    expect(Number(push.outputs['image-bytes'])).toBe(70_000); // unpacked: the files' bytes, as docker images counts them

    const pr = openPr();
    rmSync(`${ws}/oci`, { recursive: true, force: true });
    await writeLayout(`${ws}/oci`, image(220_000));
    const { result } = await prRun(ws, pr, { 'image-archive': 'oci' });
    ok(result);
    expect(Number(result.outputs['image-delta'])).toBe(200_000);
    expect(w.commentsOn(pr)[0]!.body).toMatch(/\|\s*Image\s*\|/);
    // The baseline's image tree came through the artifact: the path that grew, with the layer that wrote it.
    expect(w.commentsOn(pr)[0]!.body).toMatch(
      /what grew in the image[\s\S]*\| \/app\/22\.bin \| <span title="20000 bytes">20\.0 kB<\/span> \| <span title="220000 bytes">220 kB<\/span> \| \+200 kB \(\+1000\.0%\) \| layer 1: COPY \. \/app/,
    );

    writeFileSync(`${ws}/broken.tar`, 'not a tar at all');
    const broken = (await prRun(ws, pr, { 'image-archive': 'broken.tar' })).result;
    ok(broken);
    expect(broken.outputs['context-bytes']).not.toBe('');
    expect(w.commentsOn(pr)[0]!.body).toMatch(/could not be measured/);
  });
});
