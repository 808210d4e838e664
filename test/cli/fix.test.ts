// --fix: shows the block, then appends exactly it to the ignore file the build uses; never rewrites a line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { applyFixes, type FixFs } from '../../src/cli/fix.js';
import type { Report } from '../../src/model/report.js';
import { reportFor, tempRoot, writeTree } from '../diagnose/helpers.js';

const { root, cleanup } = tempRoot('dsg-diag-fix-');
afterAll(cleanup);

const NESTED = { 'node_modules/a.js': { size: 100 }, 'pkg/node_modules/b.js': { size: 200 }, 'pkg/index.js': 'x' };

describe('--fix', () => {
  it('appends after a newline when the file lacks one, keeping every existing byte', async () => {
    const dir = writeTree(`${root}/no-newline`, { '.dockerignore': '# mine\nnode_modules', ...NESTED });
    const { d } = await reportFor(dir);
    expect(d.block!.text).toBe('\n# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)\n**/node_modules\n');
    const r = await runCli(['.', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toBe('# mine\nnode_modules' + d.block!.text);
    // The report shows the block first; then what was done.
    expect(r.stdout.indexOf('Append to .dockerignore')).toBeLessThan(r.stdout.indexOf('--fix: appended to .dockerignore: 1 line'));
    expect(r.stdout).toMatch(
      /--fix: appended to \.dockerignore: 1 line \(\d+ bytes\), existing lines untouched:\n {4}# Added by docker-size-guard --fix[^\n]*\n {4}\*\*\/node_modules\n$/,
    );
  });

  it('creates .dockerignore when there is none, and a second run has nothing to add', async () => {
    const dir = writeTree(`${root}/create`, { Dockerfile: 'FROM scratch\nCOPY . /app\n', ...NESTED });
    const { d } = await reportFor(dir);
    expect(d.block!.create).toBe(true);
    await runCli(['.', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toBe(d.block!.text);
    const again = await runCli(['.', '--fix'], { cwd: dir });
    expect(again.stdout).toMatch(/--fix: nothing to add for Dockerfile: no suggested lines\.\n$/);
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toBe(d.block!.text);
  });

  it('writes to <Dockerfile>.dockerignore when that is the file the build uses', async () => {
    const dir = writeTree(`${root}/specific`, {
      'docker/app.Dockerfile': 'FROM scratch\nCOPY . /app\n',
      'docker/app.Dockerfile.dockerignore': 'node_modules\n',
      '.dockerignore': 'unused\n',
      ...NESTED,
    });
    const r = await runCli(['.', '-f', 'docker/app.Dockerfile', '--fix'], { cwd: dir });
    expect(r.stdout).toContain('--fix: appended to docker/app.Dockerfile.dockerignore');
    expect(readFileSync(join(dir, 'docker/app.Dockerfile.dockerignore'), 'utf8')).toMatch(
      /^node_modules\n# Added by docker-size-guard --fix[^\n]*\n\*\*\/node_modules\n$/,
    );
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toBe('unused\n');
  });

  it('with --format json: the JSON on stdout, what was done on stderr', async () => {
    const dir = writeTree(`${root}/json`, { ...NESTED });
    const r = await runCli(['.', '--fix', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).targets[0].diagnostics.block.create).toBe(true);
    expect(r.stderr).toMatch(/^--fix: created \.dockerignore: 1 line/);
    expect(existsSync(join(dir, '.dockerignore'))).toBe(true);
  });

  it.each([
    [['--fix', '--config', 'c.yml'], "--fix changes one target's ignore file: use it without --config or --list"],
    [['--fix', '--list', 'context'], "--fix changes one target's ignore file: use it without --config or --list"],
  ])('%j is a usage error', async (argv, message) => {
    const r = await runCli(argv, { cwd: root });
    expect([r.code, r.stderr]).toEqual([2, `docker-size-guard: ${message}\n`]);
  });

  it('refuses when the ignore file changed since it was measured', () => {
    const report = {
      targets: [{ name: 't', diagnostics: { block: { file: '.dockerignore', create: true, text: '# x\nfoo\n', contextGrowth: 0 } } }],
    } as unknown as Report;
    const appended: string[] = [];
    const fs: FixFs = { read: () => Buffer.from('now it exists\n'), append: (_p, t) => appended.push(t) };
    expect(() => applyFixes(report, root, fs)).toThrow(/appeared after it was measured/);
    expect(appended).toEqual([]);
  });
});
