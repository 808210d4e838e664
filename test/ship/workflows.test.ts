// The repository's workflows and every complete workflow shown in the README and docs/ pass actionlint, and
// follow the rules the README gives users (current checkout major, no persisted credentials in privileged jobs).
// The release notes come from CHANGELOG.md. Not pure: reads the repository's files; needs no server.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { releaseNotes } from '../../scripts/release-notes.mjs';
import { actionlint, workflowBlocks } from './actionlint.js';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');
const workflowFiles = readdirSync(join(root, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);
const docFiles = [
  'README.md',
  'CONTRIBUTING.md',
  ...(existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    : []),
].filter((f) => existsSync(join(root, f)));
const shown = docFiles.flatMap((file) => workflowBlocks(read(file)).map((b) => ({ where: `${file}:${b.line}`, text: b.text })));

/** The current major of actions/checkout. */
const CHECKOUT = 'v7';

const format = (ps: { line: number; column: number; message: string }[]): string =>
  ps.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n');

describe('actionlint', () => {
  it('finds problems (the linter works): an unknown input, an untrusted expression in a script', async () => {
    const bad =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { nope: 1 }\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    const problems = await actionlint(bad);
    expect(problems.map((p) => p.line)).toEqual([7, 8]);
  });

  it('has the ci and release workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml']));
  });

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const problems = await actionlint(read(file));
    expect(format(problems)).toBe('');
  });

  it('the README shows complete workflows', () => {
    expect(shown.filter((s) => s.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(shown.map((s) => [s.where, s.text] as const))('the workflow at %s passes actionlint', async (_where, text) => {
    const problems = await actionlint(text);
    expect(format(problems)).toBe('');
  });
});

describe('workflow rules the README gives users', () => {
  const all = [...workflowFiles.map((f) => ({ where: f, text: read(f) })), ...shown];

  // The current major (Node 24; v7 refuses to check out a fork's code in workflow_run, which the comment half never does).
  it.each(all.map((w) => [w.where, w.text] as const))(`%s checks out with actions/checkout@${CHECKOUT}`, (_where, text) => {
    for (const m of text.matchAll(/uses:\s*actions\/checkout@(\S+)/g)) expect(m[1]).toBe(CHECKOUT);
  });

  it.each(all.filter((w) => /workflow_run:|contents: write/.test(w.text)).map((w) => [w.where, w.text] as const))(
    '%s (privileged) never persists the checkout credentials',
    (_where, text) => {
      const checkouts = [...text.matchAll(/uses:\s*actions\/checkout@\S+[^\n]*((?:\n\s+(?!- ).*)*)/g)];
      for (const c of checkouts) expect(c[1]).toMatch(/persist-credentials:\s*false/);
    },
  );
});

describe('release notes from CHANGELOG.md', () => {
  const changelog =
    '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-01-01\n### Added\n- x\n\n## [1.1.0]\n- y\n\n[1.2.0]: https://example.com\n';
  it.each([
    ['v1.2.0', '1.2.0', '### Added\n- x\n'],
    ['v1.1.0', '1.1.0', '- y\n'],
  ])('%s gives its section', (tag, version, notes) => {
    expect(releaseNotes(tag, version, changelog)).toBe(notes);
  });
  it.each([
    ['1.2.0', '1.2.0', /is not vX.Y.Z/],
    ['v1.2', '1.2.0', /is not vX.Y.Z/],
    ['v1.2.0-rc.1', '1.2.0', /is not vX.Y.Z/],
    ['v1.2.0', '1.3.0', /package.json has version 1.3.0/],
    ['v1.3.0', '1.3.0', /no "## \[1.3.0\]" section/],
  ])('%s with package version %s is refused', (tag, version, message) => {
    expect(() => releaseNotes(tag, version, changelog)).toThrow(message);
  });
  it('the repository CHANGELOG has a section for the package version', () => {
    const version = JSON.parse(read('package.json')).version as string;
    expect(releaseNotes(`v${version}`, version, read('CHANGELOG.md'))).not.toBe('');
  });
});
