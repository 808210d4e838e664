// The pure parts of the action, table-driven: one payload per GitHub event (built from GitHub's webhook
// schemas) through readRunContext and planRun for every mode; inputs; the sticky comment; baseline ranking;
// the trend and the tracking decision.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/model/baseline.js';
import { readRunContext } from '../../src/action/event.js';
import { readInputs } from '../../src/action/inputs.js';
import { annotations, ANNOTATIONS_PER_LEVEL } from '../../src/action/outputs.js';
import { planRun } from '../../src/action/plan.js';
import { baselineName } from '../../src/artifacts/names.js';
import { ineligible, rankBaselines } from '../../src/artifacts/select.js';
import type { ArtifactInfo } from '../../src/github/rest.js';
import { findSticky, shouldComment, stickyBody } from '../../src/github/sticky.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/render/markdown.js';
import { trackingStep } from '../../src/github/tracking.js';
import { buildReport } from '../../src/model/build.js';
import type { TargetReport } from '../../src/model/report.js';
import { renderTrend } from '../../src/render/trend.js';
import { InputError } from '../../src/util/errors.js';
import { World } from '../servers/world.js';
import { pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent, workflowRunEvent } from './events.js';
import { inputDefaults } from './harness.js';

const w = new World();
const main = w.push('main', 'root');
const fork = w.fork('contributor');
const samePr = w.pullRequest({ headSha: w.commit([main]), headRef: 'feature', headRepoId: w.repo.id, baseRef: 'main', baseSha: main });
const forkPr = w.pullRequest({ headSha: w.commit([main]), headRef: 'main', headRepoId: fork.id, baseRef: 'main', baseSha: main });
const forkRun = w.run({
  event: 'pull_request',
  headBranch: 'main',
  headSha: forkPr.pull!.headSha,
  headRepositoryId: fork.id,
  pullRequests: [forkPr.number],
});
const sameRun = w.run({ event: 'pull_request', headBranch: 'feature', headSha: samePr.pull!.headSha, pullRequests: [samePr.number] });

const env = (event: string, ref: string) => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REPOSITORY_ID: String(w.repo.id),
  GITHUB_REF: ref,
  GITHUB_SHA: main,
  GITHUB_RUN_ID: '9',
});

const EVENTS = {
  'pull_request (same repository)': {
    env: env('pull_request', `refs/pull/${samePr.number}/merge`),
    payload: pullRequestEvent(w, samePr, 'opened'),
  },
  'pull_request (fork)': { env: env('pull_request', `refs/pull/${forkPr.number}/merge`), payload: pullRequestEvent(w, forkPr) },
  'push to main': { env: env('push', 'refs/heads/main'), payload: pushEvent(w, 'main', main, main) },
  'push to a topic branch': { env: env('push', 'refs/heads/topic'), payload: pushEvent(w, 'topic', main, main) },
  schedule: { env: env('schedule', 'refs/heads/main'), payload: scheduleEvent() },
  workflow_dispatch: { env: env('workflow_dispatch', 'refs/heads/main'), payload: workflowDispatchEvent(w, 'main') },
  'workflow_run (fork)': { env: env('workflow_run', 'refs/heads/main'), payload: workflowRunEvent(w, forkRun) },
  'workflow_run (same repository)': { env: env('workflow_run', 'refs/heads/main'), payload: workflowRunEvent(w, sameRun) },
};

describe('readRunContext + planRun, one payload per event', () => {
  it.each([
    ['pull_request (same repository)', 'auto', 'pull-request', { canComment: true }],
    ['pull_request (fork)', 'auto', 'pull-request', { canComment: false }],
    ['pull_request (fork)', 'measure', 'measure', {}],
    ['push to main', 'auto', 'baseline', { branch: 'main', trend: false }],
    ['push to a topic branch', 'auto', 'report', {}],
    ['push to a topic branch', 'baseline', 'baseline', { branch: 'topic' }],
    ['schedule', 'auto', 'baseline', { branch: 'main', trend: true }],
    ['workflow_dispatch', 'auto', 'baseline', { branch: 'main', trend: false }],
    ['workflow_run (fork)', 'comment', 'comment', {}],
    ['workflow_run (fork)', 'auto', 'comment', {}],
  ] as const)('%s, mode %s -> %s', (event, mode, kind, extra) => {
    const e = EVENTS[event];
    const plan = planRun(mode, readRunContext(e.env, e.payload));
    expect(plan).toMatchObject({ kind, ...extra });
  });

  it('reads the pull request of the payload, and tells a fork', () => {
    const ctx = readRunContext(EVENTS['pull_request (fork)'].env, EVENTS['pull_request (fork)'].payload);
    expect(ctx.pullRequest).toEqual({
      number: forkPr.number,
      headSha: forkPr.pull!.headSha,
      headRef: 'main',
      headRepoId: fork.id,
      baseRef: 'main',
      baseSha: main,
      fromFork: true,
      labels: [],
    });
    expect(
      readRunContext(EVENTS['pull_request (same repository)'].env, EVENTS['pull_request (same repository)'].payload).pullRequest!.fromFork,
    ).toBe(false);
  });

  it('reads workflow_run: pull_requests is empty for a fork, filled within the repository', () => {
    const f = readRunContext(EVENTS['workflow_run (fork)'].env, EVENTS['workflow_run (fork)'].payload).workflowRun!;
    expect(f).toMatchObject({ id: forkRun.id, event: 'pull_request', headSha: forkRun.headSha, headRepoId: fork.id, pullRequests: [] });
    const s = readRunContext(EVENTS['workflow_run (same repository)'].env, EVENTS['workflow_run (same repository)'].payload).workflowRun!;
    expect(s.pullRequests).toEqual([{ number: samePr.number, headSha: sameRun.headSha, baseRef: 'main', baseSha: main }]);
  });

  it('refuses mode comment outside workflow_run', () => {
    const e = EVENTS['push to main'];
    expect(() => planRun('comment', readRunContext(e.env, e.payload))).toThrow(InputError);
  });
});

describe('inputs', () => {
  const get = (over: Record<string, string>) => (n: string) => ({ ...inputDefaults('t0ken'), ...over })[n] ?? '';

  it('reads action.yml defaults', () => {
    const i = readInputs(get({}));
    expect(i).toMatchObject({
      mode: 'auto',
      comment: 'always',
      commentKey: 'default',
      token: 't0ken',
      baselineArtifact: 'docker-size-baseline',
      retentionDays: 90,
      issueLabel: 'docker-size-regression',
      trendPoints: 30,
      budgets: [],
    });
    expect(i.config).toEqual({ path: '.github/docker-size.yml', explicit: false });
    expect(i.trendWindow).toBeUndefined();
    expect(readInputs(get({ 'trend-window': '12w' })).trendWindow).toEqual({ text: '12w', ms: 84 * 86400000 });
  });

  it('parses budgets, one KEY: LIMIT per line', () => {
    const i = readInputs(get({ budgets: 'image: 2GB\n# note\ncontext-increase: 10%', 'warn-budgets': 'copied=500MB' }));
    expect(i.budgets.map((b) => [b.key, b.level, b.limit.text])).toEqual([
      ['image', 'fail', '2GB'],
      ['context-increase', 'fail', '10%'],
      ['copied', 'warn', '500MB'],
    ]);
  });

  it.each([
    ['mode', 'sometimes'],
    ['comment', 'maybe'],
    ['comment-key', 'has space'],
    ['budgets', 'size: 1GB'],
    ['budgets', 'image: 10%'],
    ['retention-days', '0'],
    ['trend-points', '1'],
    ['trend-window', '12y'],
    ['trend-window', '0w'],
    ['baseline-artifact', 'a/b'],
    ['issue-label', 'a,b'],
  ])('refuses %s = %j', (name, value) => {
    expect(() => readInputs(get({ [name]: value }))).toThrow(InputError);
  });
});

describe('sticky comment', () => {
  const c = (id: number, body: string, author: string | null = 'github-actions[bot]') => ({ id, body, author, url: `u${id}` });

  it('finds our comment for the key: our author, marker first', () => {
    const comments = [
      c(1, '<!-- docker-size-guard:default -->\nquoted', 'someone'),
      c(2, 'hi <!-- docker-size-guard:default -->'),
      c(3, '<!-- docker-size-guard:api -->\n'),
      c(4, '<!-- docker-size-guard:default -->\nours'),
    ];
    expect(findSticky(comments, 'default', 'github-actions[bot]')?.id).toBe(4);
    expect(findSticky(comments, 'api', 'github-actions[bot]')?.id).toBe(3);
    expect(findSticky(comments, 'web', 'github-actions[bot]')).toBeUndefined();
  });

  it.each([
    ['always', false, false, false, true],
    ['never', true, true, true, false],
    ['on-change', false, false, false, false],
    ['on-change', true, false, false, true],
    ['on-change', false, false, true, true],
    ['on-breach', true, false, false, false],
    ['on-breach', false, true, false, true],
    ['on-breach', false, false, true, true],
  ] as const)('policy %s, changed %s, breached %s, exists %s -> %s', (policy, changed, breached, exists, want) => {
    expect(shouldComment(policy, { changed, breached, exists })).toBe(want);
  });

  it("never exceeds GitHub's limit", () => {
    const body = stickyBody('default', 'line\n'.repeat(20000));
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith('<!-- docker-size-guard:default -->\n')).toBe(true);
  });
});

describe('baseline selection', () => {
  const a = (
    id: number,
    sha: string,
    over: Partial<ArtifactInfo> = {},
    run: Partial<NonNullable<ArtifactInfo['run']>> = {},
  ): ArtifactInfo => ({
    id,
    name: 'b',
    sizeInBytes: 500,
    expired: false,
    createdAt: `2025-01-0${id}T00:00:00Z`,
    expiresAt: '2099-01-01T00:00:00Z',
    run: { id: id * 10, repositoryId: 1, headRepositoryId: 1, headBranch: 'main', headSha: sha, ...run },
    ...over,
  });
  const e = { repoId: 1, branch: 'main', now: Date.parse('2025-02-01T00:00:00Z') };

  it.each([
    ['expired flag', a(1, 's', { expired: true }), 'expired'],
    ['past expires_at', a(1, 's', { expiresAt: '2025-01-15T00:00:00Z' }), 'expired'],
    ['from a fork', a(1, 's', {}, { headRepositoryId: 2 }), 'produced by a run from another repository (a fork)'],
    ['another branch', a(1, 's', {}, { headBranch: 'dev' }), 'produced on dev, not main'],
    ['too large', a(1, 's', { sizeInBytes: 50_000_000 }), 'too large (50000000 bytes)'],
    ['usable', a(1, 's'), undefined],
  ])('%s', (_, artifact, why) => {
    expect(ineligible(artifact, e)).toBe(why);
  });

  it('prefers the base commit, then the merge base, then the newest ancestor, then the newest', () => {
    const list = [a(1, 'old'), a(2, 'mergebase'), a(3, 'ancestor'), a(4, 'base'), a(5, 'elsewhere')];
    expect(rankBaselines(list, ['base', 'mergebase'], ['base', 'x', 'ancestor', 'mergebase', 'old']).map((x) => x.run!.headSha)).toEqual([
      'base',
      'mergebase',
      'ancestor',
      'old',
      'elsewhere',
    ]);
    expect(rankBaselines(list, [], ['x', 'ancestor']).map((x) => x.id)).toEqual([3, 5, 4, 2, 1]);
  });

  it('names baselines by comment-key and targets, independent of order', () => {
    expect(baselineName('docker-size-baseline', 'default', ['b', 'a'])).toBe(baselineName('docker-size-baseline', 'default', ['a', 'b']));
    expect(baselineName('docker-size-baseline', 'default', ['a'])).not.toBe(baselineName('docker-size-baseline', 'api', ['a']));
    expect(baselineName('docker-size-baseline', 'default', ['a'])).toMatch(/^docker-size-baseline-default-[0-9a-f]{8}$/);
  });
});

describe('trend and tracking', () => {
  const target = (bytes: number): TargetReport => ({
    name: 'api',
    context: {
      path: '.',
      ignoreFile: null,
      ignoreFilesNotUsed: [],
      patterns: 0,
      bytes,
      files: 1,
      symlinks: 0,
      directories: 0,
      other: 0,
      unreadable: 0,
      largestFiles: [],
      largestDirectories: [],
      shallow: [],
      shallowTruncated: false,
    },
    copied: null,
    warnings: [],
  });

  it('renders a Mermaid xychart and a table of the points', () => {
    const md = renderTrend(
      [1e6, 1.5e6, 3e6].map((b, i) => ({
        date: `2025-01-0${i + 1}T00:00:00Z`,
        commit: 'abcdef1234567',
        runUrl: `https://github.com/acme/shop/actions/runs/${i}`,
        report: figuresOf(buildReport('0.1.0', [target(b)])),
      })),
    );
    // One point per measurement, labelled by date and commit; an explicit line colour (issue 10 item 9).
    expect(md).toContain(
      '```mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb"}}}}%%\nxychart-beta\n  title "api: build context (MB)"\n  x-axis ["2025-01-01 abcdef1", "2025-01-02 abcdef1", "2025-01-03 abcdef1"]\n  y-axis "MB" 0 --> 3.3\n  line [1, 1.5, 3]\n```',
    );
    expect(md).toContain('| [2025-01-03 00:00](https://github.com/acme/shop/actions/runs/2) | `abcdef1` |');
    expect(md).toContain('**api**: build context +2.00 MB (+200.0%) since 2025-01-01');
  });

  it.each([
    [true, false, 'open'],
    [true, true, 'update'],
    [false, true, 'close'],
    [false, false, 'none'],
  ] as const)('regressed %s, issue open %s -> %s', (regressed, open, step) => {
    expect(trackingStep(regressed, open)).toBe(step);
  });

  it('annotates at most 10 per level and returns the rest for the summary', () => {
    const t = target(1);
    t.warnings = Array.from({ length: 13 }, (_, i) => `warning ${i}`);
    const { shown, overflow } = annotations(buildReport('0.1.0', [t]), undefined);
    expect(shown).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(overflow.map((o) => o.message)).toEqual(['warning 10', 'warning 11', 'warning 12']);
  });
});
