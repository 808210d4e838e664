// Workflow-command injection, end to end (issue 14 item 7): the bundled action (dist/index.js) runs a push
// and a pull request against the local GitHub (test/servers) with hostile inputs and hostile file names —
// newlines followed by "::warning::", "::add-mask::", "::stop-commands::" — and its WHOLE stdout is grepped:
// no line may be a workflow command carrying the injected text as its own command. (These runs print none
// of the hostile text in info lines; the path that did — image progress lines, every 10 s — is driven with a
// fake clock through the action's own log function in action-log.test.ts.)
// Needs a fresh dist/ (`npm run bundle`), as every action e2e test.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../servers/stack.js';
import { pullRequestEvent, pushEvent } from '../action/events.js';
import { makeWorkspace, runAction } from '../action/harness.js';

let stack: Stack;
const workspaces: string[] = [];
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.stop();
  for (const d of workspaces.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A line the runner would execute whose command we did not write: the injected text right after "::". */
const FORGED = /^\s*::[a-z-]+( [^:\n]*)?::INJECTED/m;
const FORGED_BARE = /^\s*::INJECTED/m;

describe('the action prints no forged workflow command', () => {
  it('hostile inputs and file names, on push and on pull request', async () => {
    const w = stack.world;
    w.push('main', 'root');
    const ws = makeWorkspace({ 'app.py': 30_000 });
    workspaces.push(ws);
    mkdirSync(join(ws, 'models\n::warning::INJECTED'), { recursive: true });
    writeFileSync(join(ws, 'models\n::warning::INJECTED', 'w\n::add-mask::INJECTED.bin'), Buffer.alloc(2_000_000, 1));
    writeFileSync(join(ws, '::error::INJECTED'), Buffer.alloc(100_000, 1));
    const inputs = {
      'image-archive': 'oci\n::warning::INJECTED',
      'build-args': 'A=x::stop-commands::INJECTED',
    };
    const before = w.branches.get('main')!;
    const after = w.push('main', 'push');
    const pushRun = w.run({ event: 'push', headBranch: 'main', headSha: after });
    const push = await runAction(stack, {
      run: pushRun,
      eventName: 'push',
      payload: pushEvent(w, 'main', before, after),
      token: w.token({ contents: 'read', actions: 'read' }),
      workspace: ws,
      inputs,
    });
    expect(push.code, push.stderr + push.stdout.slice(-2000)).toBe(0);
    expect(push.stdout).not.toMatch(FORGED);
    expect(push.stdout).not.toMatch(FORGED_BARE);

    const base = w.branches.get('main')!;
    const head = w.commit([base], 'feature work');
    const number = w.pullRequest({ headSha: head, headRef: 'feature', headRepoId: w.repo.id, baseRef: 'main', baseSha: base }).number;
    const pr = w.issues.get(number)!;
    const run = w.run({ event: 'pull_request', headBranch: 'feature', headSha: head, headRepositoryId: w.repo.id, pullRequests: [number] });
    const token = w.token({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const result = await runAction(stack, {
      run,
      eventName: 'pull_request',
      payload: pullRequestEvent(w, pr),
      token,
      workspace: ws,
      inputs,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(FORGED);
    expect(result.stdout).not.toMatch(FORGED_BARE);
  });
});
