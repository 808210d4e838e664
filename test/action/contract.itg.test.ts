// End to end, issue 11: the action's contract beyond the basics — the label override, the full fork-safe
// report and a hostile hand-off, `top`, the push delta, the read-only token's wording, the matrix merge,
// one-click review suggestions and the badge. As in e2e.itg.test.ts: the bundled action (dist/index.js) in a
// child process against the local GitHub (REST checked against GitHub's OpenAPI description, the results
// service and Azurite). Each test is a story of runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runtimeToken } from '../servers/results.js';
import { startStack, type Stack } from '../servers/stack.js';
import type { Run, World } from '../servers/world.js';
import { pullRequestEvent, pushEvent, workflowRunEvent } from './events.js';
import { makeWorkspace, runAction, writeFile, type ActionResult } from './harness.js';

let stack: Stack;
let w: World;
const dirs: string[] = [];
const PR_PERMISSIONS = { contents: 'read', 'pull-requests': 'write', actions: 'read' } as const;
const READ_ONLY = { contents: 'read', 'pull-requests': 'read', actions: 'read' } as const;

beforeEach(async () => {
  stack = await startStack();
  w = stack.world;
});
afterEach(async () => {
  // The local GitHub must never have been asked something GitHub does not answer.
  expect(
    w.requests.filter((r) => r.status === 404 && !r.operation),
    'requests to paths GitHub does not have',
  ).toEqual([]);
  expect(
    w.requests.filter((r) => r.status === 422),
    'requests GitHub would refuse',
  ).toEqual([]);
  expect(w.badResponses).toEqual([]);
  expect(w.unimplemented).toEqual([]);
  await stack.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, number | string>): string {
  const d = makeWorkspace(files);
  dirs.push(d);
  return d;
}

const ok = (r: ActionResult): void => {
  expect(r.code, `exit code; stderr: ${r.stderr}\nstdout: ${r.stdout.slice(-3000)}`).toBe(0);
};

async function pushRun(ws: string, inputs: Record<string, string> = {}, branch = 'main'): Promise<{ result: ActionResult; run: Run }> {
  const before = w.branches.get(branch) ?? '0'.repeat(40);
  const after = w.push(branch, 'push');
  const run = w.run({ event: 'push', headBranch: branch, headSha: after });
  const result = await runAction(stack, {
    run,
    eventName: 'push',
    payload: pushEvent(w, branch, before, after),
    token: w.token({ contents: 'read', actions: 'read' }),
    workspace: ws,
    inputs,
  });
  return { result, run };
}

function openPr(headRepoId = w.repo.id, files?: { filename: string; status: 'added' | 'modified'; patch: string }[]): number {
  const base = w.branches.get('main')!;
  const head = w.commit([base], 'feature work');
  const pr = w.pullRequest({ headSha: head, headRef: 'feature', headRepoId, baseRef: 'main', baseSha: base, ...(files ? { files } : {}) });
  return pr.number;
}

interface PrRunOptions {
  inputs?: Record<string, string>;
  permissions?: Record<string, 'read' | 'write'>;
  action?: 'synchronize' | 'labeled' | 'unlabeled';
  change?: { label: string; by: string };
  /** Re-run an earlier run (same id, same event payload, next attempt). */
  rerun?: { run: Run; payload: Record<string, unknown> };
}

async function prRun(
  ws: string,
  number: number,
  o: PrRunOptions = {},
): Promise<{ result: ActionResult; run: Run; payload: Record<string, unknown> }> {
  const pr = w.issues.get(number)!;
  let run: Run;
  let payload: Record<string, unknown>;
  if (o.rerun) {
    run = o.rerun.run;
    run.attempt++;
    payload = o.rerun.payload;
  } else {
    run = w.run({
      event: 'pull_request',
      headBranch: pr.pull!.headRef,
      headSha: pr.pull!.headSha,
      headRepositoryId: pr.pull!.headRepoId,
      pullRequests: [number],
    });
    payload = pullRequestEvent(w, pr, o.action ?? 'synchronize', o.change);
  }
  const result = await runAction(stack, {
    run,
    eventName: 'pull_request',
    payload,
    token: w.token(o.permissions ?? PR_PERMISSIONS),
    workspace: ws,
    inputs: o.inputs ?? {},
  });
  return { result, run, payload };
}

describe('label override (allow-label)', () => {
  it('absent: the breach fails; added (labeled event): accepted, who and what said; re-run after removal: read again through the API, fails', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    ok((await pushRun(ws)).result);
    const pr = openPr();
    writeFile(ws, { 'models/weights.bin': 400_000 });
    const inputs = { budgets: 'context: 300kB', 'allow-label': 'size-increase-approved' };

    // 1. No label: the budget is enforced.
    const absent = await prRun(ws, pr, { inputs });
    expect(absent.result.code).toBe(1);
    expect(absent.result.outputs.breached).toBe('true');
    expect(w.commentsOn(pr)[0]!.body).not.toMatch(/accepted by label/);

    // 2. A maintainer adds the label: the `labeled` event re-evaluates; its payload carries the labels.
    w.labels.set('size-increase-approved', { id: 77, name: 'size-increase-approved', color: '0e8a16' });
    w.issues.get(pr)!.labels.push('size-increase-approved');
    const labeled = await prRun(ws, pr, { inputs, action: 'labeled', change: { label: 'size-increase-approved', by: 'maintainer' } });
    ok(labeled.result);
    expect(labeled.result.outputs.breached).toBe('false');
    const body = w.commentsOn(pr)[0]!.body;
    expect(body).toContain('Budget breach accepted by label `size-increase-approved` (added by &#64;maintainer)');
    expect(body).toMatch(/context .* is over the fail budget of 300 kB .* accepted by label `size-increase-approved`/);
    expect(labeled.result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(
      labeled.result.annotations.some(
        (a) => a.level === 'warning' && /over the fail budget of 300kB .*accepted by label "size-increase-approved"/.test(a.message),
      ),
    ).toBe(true);
    expect(labeled.result.summary).toContain('accepted by label `size-increase-approved`');
    // The event said it all: no API read of the labels.
    expect(w.requests.filter((r) => r.operation === 'pulls/get')).toEqual([]);

    // 3. The label is removed and the earlier (labeled) run is re-run: its payload still shows the label,
    //    so the labels are read again through the API, and the budget is enforced.
    w.issues.get(pr)!.labels = [];
    const rerun = await prRun(ws, pr, { inputs, rerun: { run: labeled.run, payload: labeled.payload } });
    expect(rerun.result.code).toBe(1);
    expect(w.requests.filter((r) => r.operation === 'pulls/get').map((r) => r.status)).toEqual([200]);
    expect(w.commentsOn(pr)[0]!.body).not.toMatch(/accepted by label/);
  });

  it('added on a re-run: the run of the synchronize event, re-run once the label is on, passes', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000, 'models/weights.bin': 400_000 });
    const pr = openPr();
    const inputs = { budgets: 'context: 300kB', 'allow-label': 'size-increase-approved' };
    const first = await prRun(ws, pr, { inputs });
    expect(first.result.code).toBe(1);
    w.issues.get(pr)!.labels.push('size-increase-approved');
    const again = await prRun(ws, pr, { inputs, rerun: { run: first.run, payload: first.payload } });
    ok(again.result);
    expect(w.commentsOn(pr)).toHaveLength(1);
    expect(w.commentsOn(pr)[0]!.body).toContain('Budget breach accepted by label `size-increase-approved`:');
    expect(w.commentsOn(pr)[0]!.body).not.toContain('added by');
  });

  it('without allow-label the label means nothing', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000, 'models/weights.bin': 400_000 });
    const pr = openPr();
    w.issues.get(pr)!.labels.push('size-increase-approved');
    const { result } = await prRun(ws, pr, { inputs: { budgets: 'context: 300kB' } });
    expect(result.code).toBe(1);
  });
});

describe('the fork-safe pair carries the full report', () => {
  it('with an image and diagnostics, the fork gets the comment a same-repo pull request gets', async () => {
    const { writeLayout } = await import('../image/oci.js');
    const layer = (path: string, bytes: number, createdBy: string) => ({
      files: { [path]: bytes },
      compression: 'gzip' as const,
      createdBy,
    });
    const image = (appBytes: number) => [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        layers: [layer('bin/sh', 50_000, 'ADD rootfs.tar /'), layer('app/x.bin', appBytes, 'COPY . /app # buildkit')],
      },
    ];
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000, '.dockerignore': 'oci\n' });
    await writeLayout(join(ws, 'oci'), image(20_000));
    ok((await pushRun(ws, { 'image-archive': 'oci' })).result);

    // The same change, once from this repository and once from a fork through the pair.
    writeFile(ws, { '__pycache__/app.cpython-312.pyc': 60_000, 'debug.log': 20_000, '.venv/lib/site.py': 90_000 });
    rmSync(join(ws, 'oci'), { recursive: true, force: true });
    await writeLayout(join(ws, 'oci'), image(220_000));
    const same = openPr();
    ok((await prRun(ws, same, { inputs: { 'image-archive': 'oci' } })).result);
    const sameBody = w.commentsOn(same)[0]!.body;
    expect(sameBody).toMatch(/\|\s*Image\s*\|/);
    expect(sameBody).toContain('**/__pycache__');

    const fork = w.fork('contributor');
    const forked = openPr(fork.id);
    const measure = await prRun(ws, forked, { inputs: { mode: 'measure', 'image-archive': 'oci' }, permissions: READ_ONLY });
    ok(measure.result);
    const trusted = workspace({ 'README.md': 'main branch only' });
    const commentRun = w.run({ event: 'workflow_run', headBranch: 'main', headSha: w.branches.get('main')! });
    const posted = await runAction(stack, {
      run: commentRun,
      eventName: 'workflow_run',
      payload: workflowRunEvent(w, measure.run),
      token: w.token(PR_PERMISSIONS),
      workspace: trusted,
      inputs: { mode: 'comment' },
    });
    ok(posted);
    expect(posted.stdout).not.toMatch(/internal error/);
    const forkBody = w.commentsOn(forked)[0]!.body;
    expect(forkBody).toBe(sameBody);
    expect(posted.outputs['image-delta']).toBe('200000');
  });

  it('a hostile report (wrong types, huge arrays, missing fields) is refused with one clear line, nothing posted', async () => {
    w.push('main', 'root');
    const fork = w.fork('mallory');
    const hostile: [string, unknown][] = [
      [
        'wrong types',
        {
          schemaVersion: 1,
          tool: { name: 'docker-size-guard', version: '1' },
          targets: [{ name: 42, context: 'big', copied: null, warnings: 'no' }],
        },
      ],
      [
        'huge arrays',
        { schemaVersion: 1, tool: { name: 'docker-size-guard', version: '1' }, targets: Array.from({ length: 100_000 }, () => ({})) },
      ],
      ['missing fields', { schemaVersion: 1, targets: [{ name: 'Dockerfile' }] }],
      [
        'image of the wrong shape',
        {
          schemaVersion: 1,
          tool: { name: 'docker-size-guard', version: '1' },
          targets: [
            {
              name: 'Dockerfile',
              context: {
                path: '.',
                ignoreFile: null,
                ignoreFilesNotUsed: [],
                patterns: 0,
                bytes: 1,
                files: 1,
                directories: 0,
                symlinks: 0,
                largestFiles: [],
                largestDirectories: [],
              },
              copied: null,
              warnings: [],
              image: { layers: 'many' },
            },
          ],
        },
      ],
    ];
    for (const [what, report] of hostile) {
      const pr = openPr(fork.id);
      const run = w.run({ event: 'pull_request', headBranch: 'main', headSha: w.issues.get(pr)!.pull!.headSha, headRepositoryId: fork.id });
      await upload(run, 'docker-size-report-default', {
        'report.json': JSON.stringify(report),
        'pull-request.json': JSON.stringify({ number: pr, headSha: run.headSha }),
      });
      const commentRun = w.run({ event: 'workflow_run', headBranch: 'main', headSha: w.branches.get('main')! });
      const r = await runAction(stack, {
        run: commentRun,
        eventName: 'workflow_run',
        payload: workflowRunEvent(w, run),
        token: w.token(PR_PERMISSIONS),
        workspace: workspace({}),
        inputs: { mode: 'comment' },
      });
      ok(r);
      expect(w.commentsOn(pr), what).toEqual([]);
      expect(
        r.annotations.map((a) => a.level),
        what,
      ).toEqual(['warning']);
      expect(r.annotations[0]!.message, what).toMatch(
        /^Not commenting: artifact docker-size-report-default of run \d+: not a valid docker-size-guard report: \S.*$/,
      );
      expect(r.annotations[0]!.message).not.toMatch(/\n|at .*\.js:\d+/);
      expect(r.stdout + r.stderr, what).not.toMatch(/internal error|TypeError/);
    }
  });
});

describe('top, the push delta, the read-only token', () => {
  it('top: 25 lists 25 rows in the comment and the job summary', async () => {
    w.push('main', 'root');
    const files: Record<string, number> = {};
    for (let i = 0; i < 30; i++) files[`data/file-${String(i).padStart(2, '0')}.bin`] = 10_000 + i * 100;
    const ws = workspace(files);
    const pr = openPr();
    const { result } = await prRun(ws, pr, { inputs: { top: '25' } });
    ok(result);
    const rows = (text: string): number => {
      const section = text.split('largest files in the context')[1]!.split('</details>')[0]!;
      return section.split('\n').filter((l) => /^\|.*data\/file-\d\d\.bin/.test(l)).length;
    };
    expect(rows(w.commentsOn(pr)[0]!.body)).toBe(25);
    expect(rows(result.summary)).toBe(25);
    const dflt = await prRun(ws, pr);
    ok(dflt.result);
    expect(rows(w.commentsOn(pr)[0]!.body)).toBe(10);
  });

  it('two pushes, then a push shows the delta against the previous baseline of the branch, and growth budgets work on push', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const first = await pushRun(ws);
    ok(first.result);
    expect(first.result.outputs['context-delta']).toBe('');
    expect(first.result.summary).toContain('No baseline to compare with');
    writeFile(ws, { 'lib.py': 10_000 });
    const second = await pushRun(ws);
    ok(second.result);
    expect(second.result.outputs['context-delta']).toBe('10000');
    expect(second.result.outputs['baseline-commit']).toBe(first.run.headSha);

    writeFile(ws, { 'models/weights.bin': 400_000 });
    const third = await pushRun(ws, { budgets: 'context-increase: 50%' });
    expect(third.result.code).toBe(1);
    expect(third.result.outputs['context-delta']).toBe('400000');
    expect(third.result.outputs['baseline-commit']).toBe(second.run.headSha);
    expect(third.result.summary).toContain(`Compared with \`${second.run.headSha.slice(0, 12)}\``);
    expect(third.result.summary).toMatch(/context growth \+\d+\.\d% is over the fail budget of 50%/);
    // Its own baseline is stored all the same, and a re-run of it does not compare with itself.
    expect(w.artifactsNamed(third.result.outputs['baseline-artifact']!)).toHaveLength(3);
    third.run.attempt = 2;
    const again = await runAction(stack, {
      run: third.run,
      eventName: 'push',
      payload: pushEvent(w, 'main', second.run.headSha, third.run.headSha),
      token: w.token({ contents: 'read', actions: 'read' }),
      workspace: ws,
    });
    expect(again.outputs['baseline-commit']).toBe(second.run.headSha);
  });

  it('a same-repository pull request with a read-only token is told the permission, not that it is a fork', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 30_000 });
    const pr = openPr();
    const { result } = await prRun(ws, pr, { permissions: READ_ONLY });
    ok(result);
    const warning = result.annotations.find((a) => a.level === 'warning' && /cannot write to the pull request/.test(a.message));
    expect(warning?.message).toContain('`pull-requests: write`');
    expect(warning?.message).toContain('Dependabot');
    expect(warning?.message).not.toMatch(/fork/);
    expect(result.summary).toContain('needs the `pull-requests: write` permission');
  });
});

describe('matrix merge', () => {
  const services = ['api', 'web', 'worker'] as const;
  const sizes: Record<(typeof services)[number], number> = { api: 20_000, web: 40_000, worker: 60_000 };

  async function matrix(
    event: 'push' | 'pull_request',
    run: Run,
    payload: Record<string, unknown>,
    ws: string,
    failing: string | undefined,
    token: string,
  ): Promise<ActionResult[]> {
    const results: ActionResult[] = [];
    for (const s of services) {
      const inputs = { mode: 'measure', 'comment-key': s, context: `services/${s}`, ...(s === failing ? { config: 'missing.yml' } : {}) };
      const r = await runAction(stack, { run, eventName: event, payload, token, workspace: ws, inputs });
      run.jobs.push({ id: w.id(), name: `size (${s})`, status: 'completed', conclusion: r.code === 0 ? 'success' : 'failure' });
      results.push(r);
    }
    run.jobs.push({ id: w.id(), name: 'merge', status: 'in_progress', conclusion: null });
    return results;
  }

  it('three matrix jobs and one merge job: one comment, one summary, one verdict, each part against its own baseline; a failed job is named', async () => {
    w.push('main', 'root');
    const ws = workspace({});
    for (const s of services)
      writeFile(ws, { [`services/${s}/Dockerfile`]: 'FROM scratch\nCOPY . /app/\n', [`services/${s}/main.bin`]: sizes[s] });

    // On push: the matrix measures, the merge stores each part's baseline.
    const before = w.branches.get('main')!;
    const pushSha = w.push('main', 'push');
    const pushRunInfo = w.run({ event: 'push', headBranch: 'main', headSha: pushSha });
    const pushPayload = pushEvent(w, 'main', before, pushSha);
    const pushToken = w.token({ contents: 'read', actions: 'read' });
    for (const r of await matrix('push', pushRunInfo, pushPayload, ws, undefined, pushToken)) ok(r);
    const mergedPush = await runAction(stack, {
      run: pushRunInfo,
      eventName: 'push',
      payload: pushPayload,
      token: pushToken,
      workspace: ws,
      inputs: { mode: 'merge' },
    });
    ok(mergedPush);
    expect(
      [...w.artifacts.values()]
        .filter((a) => a.runId === pushRunInfo.id && a.name.startsWith('docker-size-baseline-'))
        .map((a) => a.name.split('-')[3])
        .sort(),
    ).toEqual(['api', 'web', 'worker']);

    // On the pull request: api grows, worker fails to measure.
    writeFile(ws, { 'services/api/models.bin': 300_000 });
    const pr = openPr();
    const p = w.issues.get(pr)!;
    const run = w.run({ event: 'pull_request', headBranch: 'feature', headSha: p.pull!.headSha, pullRequests: [pr] });
    const payload = pullRequestEvent(w, p);
    const token = w.token(PR_PERMISSIONS);
    const jobs = await matrix('pull_request', run, payload, ws, 'worker', token);
    expect(jobs.map((r) => r.code)).toEqual([0, 0, 1]);
    expect(w.commentsOn(pr)).toEqual([]);
    // A job of the run (its code is the pull request's) uploads a report that is not one: refused, named.
    await upload(run, 'docker-size-report-evil', { 'report.json': JSON.stringify({ schemaVersion: 1, targets: 'all of them' }) });
    const merged = await runAction(stack, {
      run,
      eventName: 'pull_request',
      payload,
      token,
      workspace: ws,
      inputs: { mode: 'merge', budgets: 'context-increase: 100%' },
    });
    expect(merged.code).toBe(1);
    const comments = w.commentsOn(pr);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toMatch(/\|\s*services\/api\/Dockerfile\s*\|/);
    expect(body).toMatch(/\|\s*services\/web\/Dockerfile\s*\|/);
    expect(body).not.toMatch(/\|\s*services\/worker\/Dockerfile\s*\|/);
    expect(body).toContain('Merged the reports of 2 jobs: `api` compared with');
    expect(body).toContain('job `size (worker)` failed, so its targets are missing');
    expect(body).toMatch(/> - artifact docker-size-report-evil: not a valid docker-size-guard report: [^\n]+/);
    expect(body).toMatch(/services\/api\/Dockerfile\*\*: context growth \+\d+\.\d% is over the fail budget of 100%/);
    expect(merged.outputs['context-delta']).toBe('300000');
    expect(merged.stdout).toMatch(/::error::Docker size budget exceeded: services\/api\/Dockerfile context-increase/);
    expect(merged.annotations.some((a) => a.level === 'warning' && /job "size \(worker\)" of this run failed/.test(a.message))).toBe(true);
    expect(merged.summary).toContain('Merged the reports of 2 jobs');
  });

  it('no report in the run: one clear line', async () => {
    w.push('main', 'root');
    const pr = openPr();
    const { result } = await prRun(workspace({}), pr, { inputs: { mode: 'merge' } });
    expect(result.code).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^mode "merge" found no report artifact "docker-size-report-<comment-key>" in run \d+: run the matrix jobs with `mode: measure`/,
      ),
    ]);
  });
});

describe('one-click review suggestions', () => {
  const junk = { '__pycache__/app.cpython-312.pyc': 60_000, 'app.py': 1_000 };

  it('created on the last line of the changed .dockerignore, updated in place, replaced when the diff moved, never duplicated', async () => {
    w.push('main', 'root');
    const ws = workspace({ ...junk, '.dockerignore': '*.log\n' });
    const pr = openPr(w.repo.id, [{ filename: '.dockerignore', status: 'added', patch: '@@ -0,0 +1 @@\n+*.log' }]);
    const first = await prRun(ws, pr);
    ok(first.result);
    const created = [...w.reviewComments.values()].map((c) => ({ ...c }));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      path: '.dockerignore',
      line: 1,
      commitId: w.issues.get(pr)!.pull!.headSha,
      login: 'github-actions[bot]',
    });
    expect(created[0]!.body).toContain('```suggestion\n*.log\n**/__pycache__\n```');
    expect(first.result.outputs['suggestion-url']).toMatch(/#discussion_r\d+$/);

    // More junk, same diff: the same comment, updated (the saving it states changed).
    writeFile(ws, { 'pkg/__pycache__/util.cpython-312.pyc': 30_000 });
    const second = await prRun(ws, pr);
    ok(second.result);
    const updated = [...w.reviewComments.values()];
    expect(updated).toHaveLength(1);
    expect(updated[0]!.id).toBe(created[0]!.id);
    expect(updated[0]!.body).not.toBe(created[0]!.body);
    expect(w.requests.filter((r) => r.operation === 'pulls/update-review-comment').map((r) => r.status)).toEqual([200]);
    const unchanged = await prRun(ws, pr);
    ok(unchanged.result);
    expect(w.writes().filter((r) => r.operation?.startsWith('pulls/'))).toHaveLength(2);

    // A new push adds a line to the file: the suggestion moves to the new last line; still one comment.
    writeFileSync(join(ws, '.dockerignore'), '*.log\n*.tmp\n');
    const p = w.issues.get(pr)!.pull!;
    p.headSha = w.commit([p.headSha], 'more');
    p.files = [{ filename: '.dockerignore', status: 'added', patch: '@@ -0,0 +1,2 @@\n+*.log\n+*.tmp' }];
    ok((await prRun(ws, pr)).result);
    const moved = [...w.reviewComments.values()];
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ line: 2, commitId: p.headSha });
    expect(moved[0]!.body).toContain('```suggestion\n*.tmp\n');
  });

  it('skipped silently when the pull request does not change the ignore file, or the last change is not at its end, or the token cannot review', async () => {
    w.push('main', 'root');
    const ws = workspace({ ...junk, '.dockerignore': '*.log\n' });
    const notInDiff = openPr(w.repo.id, [{ filename: 'app.py', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' }]);
    const a = await prRun(ws, notInDiff);
    ok(a.result);
    expect(w.reviewComments.size).toBe(0);
    expect(w.requests.filter((r) => r.operation === 'pulls/create-review-comment')).toEqual([]);
    expect(a.result.annotations.filter((x) => /review|suggestion/i.test(x.message))).toEqual([]);

    const middle = openPr(w.repo.id, [
      { filename: '.dockerignore', status: 'modified', patch: '@@ -1,4 +1,5 @@\n *.log\n+*.tmp\n a\n b\n c' },
    ]);
    ok((await prRun(ws, middle)).result);
    expect(w.reviewComments.size).toBe(0);

    const readOnly = openPr(w.repo.id, [{ filename: '.dockerignore', status: 'added', patch: '@@ -0,0 +1 @@\n+*.log' }]);
    const c = await prRun(ws, readOnly, { permissions: READ_ONLY });
    ok(c.result);
    expect(w.reviewComments.size).toBe(0);
    expect(c.result.annotations.filter((x) => /review|suggestion/i.test(x.message))).toEqual([]);
  });
});

describe('badge', () => {
  it('a push to the default branch with badge: true writes the shields.io endpoint JSON to the output, the summary and an artifact', async () => {
    w.push('main', 'root');
    const ws = workspace({ 'app.py': 812_000 });
    const { result, run } = await pushRun(ws, { badge: 'true' });
    ok(result);
    const json = JSON.parse(result.outputs['badge-json']!);
    expect(json).toEqual({ schemaVersion: 1, label: 'docker context', message: '812 kB', color: 'brightgreen' });
    expect(result.summary).toContain(JSON.stringify(json));
    const artifact = w.artifactsNamed('docker-size-badge-default');
    expect(artifact.map((a) => a.runId)).toEqual([run.id]);
    expect(result.outputs['badge-artifact']).toBe('docker-size-badge-default');

    const over = await pushRun(ws, { badge: 'true', budgets: 'context: 500kB' });
    expect(over.result.code).toBe(1);
    expect(JSON.parse(over.result.outputs['badge-json']!).color).toBe('red');
    // Not on a pull request, nor without badge: true.
    expect((await pushRun(ws)).result.outputs['badge-json']).toBeUndefined();
    const pr = await prRun(ws, openPr(), { inputs: { badge: 'true' } });
    expect(pr.result.outputs['badge-json']).toBeUndefined();
  });
});

/** What a pull request's workflow can do: upload any artifact as its own run (the real @actions/artifact client). */
async function upload(run: Run, name: string, files: Record<string, string>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dsg-forge-'));
  dirs.push(dir);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const saved = { ...process.env };
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: runtimeToken(run),
    ACTIONS_RESULTS_URL: `${stack.resultsUrl}/`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
  });
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(
      name,
      Object.keys(files).map((f) => join(dir, f)),
      dir,
    );
  } finally {
    process.env = saved;
  }
}
