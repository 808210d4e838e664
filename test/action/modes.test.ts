// The pure parts of issue 11's action features, table-driven: where a review suggestion is anchored and how
// its body is fenced, the label override, the badge, the matrix merge's naming and notes, the new inputs and
// the merge plan. The end-to-end stories are in contract.itg.test.ts.
import { describe, expect, it } from 'vitest';
import { acceptBreaches, approvalFrom, approvalNote } from '../../src/action/approval.js';
import { badgeFor } from '../../src/action/badge.js';
import { readRunContext } from '../../src/action/event.js';
import { readInputs } from '../../src/action/inputs.js';
import { compareParts, mergeNotes, mergeParts } from '../../src/action/merge.js';
import { planRun } from '../../src/action/plan.js';
import { anchorAtEnd, suggestionBody, suggestionMarker } from '../../src/github/review.js';
import type { Verdict } from '../../src/model/verdict.js';
import { InputError } from '../../src/util/errors.js';
import type { Limit } from '../../src/util/size.js';
import { report, target } from '../model/reports.js';
import { inputDefaults } from './harness.js';

describe('anchorAtEnd: the suggestion goes on the last line of the file, or nowhere', () => {
  it.each([
    ['a new file of one line', '@@ -0,0 +1 @@\n+*.log', { line: 1, content: '*.log' }],
    ['lines appended at the end', '@@ -3,3 +3,5 @@\n a\n b\n c\n+d\n+e', { line: 7, content: 'e' }],
    ['a change one line before the end', '@@ -1,3 +1,4 @@\n a\n+b\n c\n d', { line: 4, content: 'd' }],
    ['the end without a newline', '@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file', { line: 2, content: 'b' }],
    ['the last of two hunks', '@@ -1,2 +1,3 @@\n+x\n a\n b\n@@ -10,3 +11,4 @@\n c\n d\n e\n+f', { line: 14, content: 'f' }],
    ['an empty line added', '@@ -1 +1,2 @@\n a\n+', { line: 2, content: '' }],
  ])('%s', (_what, patch, want) => {
    expect(anchorAtEnd(patch)).toEqual(want);
  });

  it.each([
    ['three unchanged lines after the change: the file may go on', '@@ -1,4 +1,5 @@\n a\n+b\n c\n d\n e', /not at the end/],
    ['no diff shown (binary, too large)', undefined, /no diff/],
    ['an empty patch', '', /no diff/],
  ])('%s', (_what, patch, why) => {
    expect(anchorAtEnd(patch)).toMatch(why);
  });
});

describe('suggestionBody', () => {
  it('repeats the anchored line, then the lines, in a suggestion fence longer than any backtick run', () => {
    const body = suggestionBody('api', '.dockerignore', { line: 2, content: 'x`y' }, ['**/__pycache__', 'a```b'], '60.0 kB');
    expect(body.startsWith(suggestionMarker('api', '.dockerignore') + '\n')).toBe(true);
    expect(body).toContain('````suggestion\nx`y\n**/__pycache__\na```b\n````\n');
    expect(body).toContain('these 2 lines keep 60.0 kB out of the build context');
  });
  it('the marker encodes the path, so no path can end the HTML comment', () => {
    expect(suggestionMarker('k', 'a --> b/.dockerignore')).toBe('<!-- docker-size-guard:suggest:k:a%20--%3E%20b%2F.dockerignore -->');
  });
});

const limit: Limit = { kind: 'bytes', bytes: 100, text: '100B' };
const verdict = (levels: ('fail' | 'warn')[]): Verdict => ({
  breaches: levels.map((level) => ({
    target: 'Dockerfile',
    key: 'context',
    level,
    limit,
    actual: 200,
    margin: 100,
    source: 'input budgets',
  })),
  failed: levels.includes('fail'),
  unchecked: [],
});

describe('the label override', () => {
  it.each([
    ['no allow-label input', undefined, ['size-ok'], undefined],
    ['the label absent', 'size-ok', ['bug'], undefined],
    ['the label present', 'size-ok', ['bug', 'size-ok'], { label: 'size-ok', by: undefined }],
  ] as const)('%s', (_what, allow, labels, want) => {
    expect(approvalFrom(allow, labels)).toEqual(want);
  });

  it('names who added it only when the event is that label being added', () => {
    expect(approvalFrom('size-ok', ['size-ok'], { label: 'size-ok', sender: 'maintainer' })).toEqual({
      label: 'size-ok',
      by: 'maintainer',
    });
    expect(approvalFrom('size-ok', ['size-ok'], { label: 'other', sender: 'maintainer' })).toEqual({ label: 'size-ok', by: undefined });
  });

  it('turns fail-level breaches into accepted warnings and passes; warn-level ones stay as they are', () => {
    const v = acceptBreaches(verdict(['fail', 'warn']), { label: 'size-ok', by: 'm' });
    expect(v.failed).toBe(false);
    expect(v.breaches.map((b) => [b.level, b.acceptedBy])).toEqual([
      ['warn', 'size-ok'],
      ['warn', undefined],
    ]);
    expect(approvalNote(v)).toBe(
      '> [!IMPORTANT]\n> Budget breach accepted by label `size-ok` (added by &#64;m): it is reported as a warning and the check passes. Remove the label to enforce the budget again.',
    );
    expect(acceptBreaches(verdict(['warn']), { label: 'size-ok', by: undefined })).toEqual(verdict(['warn']));
    expect(acceptBreaches(verdict(['fail']), undefined)).toEqual(verdict(['fail']));
    expect(approvalNote(verdict(['fail']))).toBeUndefined();
  });

  it('escapes the label and the login in the note', () => {
    const v = acceptBreaches(verdict(['fail', 'fail']), { label: 'ok_<b>', by: 'a*b' });
    expect(approvalNote(v)).toContain('these 2 are reported as warnings');
    expect(approvalNote(v)).toContain('accepted by label ok&#95;&lt;b&gt; (added by &#64;a&#42;b)');
    expect(approvalNote(v)).not.toContain('a*b');
  });
});

describe('badgeFor', () => {
  it('the build context without an image; colour by verdict', () => {
    const r = report([target('a', 500_000), target('b', 312_000)]);
    expect(badgeFor(r, undefined)).toEqual({ schemaVersion: 1, label: 'docker context', message: '812 kB', color: 'brightgreen' });
    expect(badgeFor(r, verdict(['warn'])).color).toBe('yellow');
    expect(badgeFor(r, verdict(['fail'])).color).toBe('red');
    expect(badgeFor(r, acceptBreaches(verdict(['fail']), { label: 'x', by: undefined })).color).toBe('yellow');
  });
});

describe('mergeParts', () => {
  const minChange: Limit = { kind: 'bytes', bytes: 10_000, text: '10kB' };
  it('puts the parts side by side; a name in two parts is shown as key/name, in the report and the comparison alike', () => {
    const parts = compareParts(
      [
        { key: 'api', report: report([target('Dockerfile', 100), target('api/Dockerfile', 5)]) },
        { key: 'web', report: report([target('Dockerfile', 200)]) },
      ],
      [undefined, undefined],
      minChange,
    );
    const merged = mergeParts(parts, '1.2.3', minChange);
    expect(merged.targets.map((t) => t.name)).toEqual(['api/Dockerfile', 'api/Dockerfile', 'web/Dockerfile']);
    expect(merged.comparison!.targets.map((t) => t.name)).toEqual(merged.targets.map((t) => t.name));
    expect(merged.comparison!.hasBaseline).toBe(false);
    expect(merged.tool.version).toBe('1.2.3');
  });

  it('notes: each part and its baseline, then what is missing (escaped)', () => {
    const parts = compareParts(
      [{ key: 'api', report: report([target('Dockerfile', 1)]) }],
      [{ found: undefined, note: 'no baseline stored yet for main', skipped: [] }],
      minChange,
    );
    const notes = mergeNotes(parts, {
      refused: ['artifact docker-size-report-x: not a valid report'],
      failedJobs: ['size (*worker*)'],
      jobsNote: undefined,
    });
    expect(notes[0]).toBe('Merged the reports of 1 job: `api` no baseline (no baseline stored yet for main).');
    expect(notes[1]).toContain('> - job size (&#42;worker&#42;) failed, so its targets are missing');
    expect(notes[1]).toContain('> - artifact docker-size-report-x: not a valid report');
  });
});

describe('inputs and the merge plan', () => {
  const get = (over: Record<string, string>) => (n: string) => ({ ...inputDefaults('t'), ...over })[n] ?? '';
  it('reads allow-label, review-suggestions, badge', () => {
    const i = readInputs(get({ 'allow-label': 'size-increase-approved', badge: 'true' }));
    expect(i).toMatchObject({
      allowLabel: 'size-increase-approved',
      reviewSuggestions: true,
      badge: true,
      badgeArtifact: 'docker-size-badge',
    });
    expect(readInputs(get({})).allowLabel).toBeUndefined();
    expect(() => readInputs(get({ 'allow-label': 'a,b' }))).toThrow(/input "allow-label" must be one label name/);
    expect(() => readInputs(get({ badge: 'yes' }))).toThrow(InputError);
  });

  it('mode merge: on a pull request, on a push, and never on workflow_run', () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a'.repeat(40),
    };
    expect(planRun('merge', readRunContext(env, {}))).toEqual({ kind: 'merge', pr: undefined, canComment: false, branch: 'main' });
    const pr = {
      number: 3,
      head: { sha: 'b', ref: 'f', repo: { id: 1 } },
      base: { sha: 'c', ref: 'main', repo: { id: 1 } },
      labels: [{ name: 'x' }],
    };
    expect(
      planRun(
        'merge',
        readRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/3/merge' }, { pull_request: pr }),
      ),
    ).toMatchObject({ kind: 'merge', canComment: true, branch: undefined, pr: { number: 3, labels: ['x'] } });
    expect(() => planRun('merge', readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, { workflow_run: { id: 1 } }))).toThrow(
      /mode "merge" runs in the workflow of the matrix/,
    );
  });
});
