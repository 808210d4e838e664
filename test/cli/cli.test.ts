// The CLI contract: --list, --format json, exit codes and one-line errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/model/report.js';

const root = mkdtempSync(join(tmpdir(), 'dsg-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string | { symlink: string }>): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(abs, content);
    else symlinkSync(content.symlink, abs);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const example = 'examples/llm-service';

describe('node dist/cli.js on the shipped example', () => {
  it('prints a readable report and exits 0', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', example], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Build context of examples\/llm-service/);
    expect(r.stdout).toMatch(/models\/llm-7b-q4\.safetensors/);
    expect(r.stdout).toMatch(/COPY \. \. \(examples\/llm-service\/Dockerfile:6\)/);
  });

  it('--format json follows schema version 1 with exact figures', async () => {
    const r = await runCli([example, '--format', 'json'], { cwd: process.cwd() });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    const [t] = report.targets;
    // .venv/ is excluded at the root; nested __pycache__/ and logs/app.log are not (root-only patterns).
    expect(t!.context.ignoreFile).toBe('examples/llm-service/.dockerignore');
    expect(t!.context.largestFiles[0]).toEqual({ path: 'models/llm-7b-q4.safetensors', bytes: 1500000 });
    expect(t!.context.files).toBe(18);
    expect(t!.context.symlinks).toBe(0);
    expect(t!.copied!.bytes).toBe(t!.context.bytes);
    expect(t!.copied!.wholeContext.map((i) => i.line)).toEqual([6]);
  });
});

describe('--list', () => {
  it('context: files and symlinks, not directories, sorted by code point', async () => {
    const dir = tree('list', {
      'b.txt': 'b',
      'a/z.txt': 'z',
      'a/é.txt': 'e',
      'a/😀.txt': 'smile',
      'a/\uffff.txt': 'ffff',
      link: { symlink: '/etc/passwd' },
      'empty/.keep': '',
    });
    const r = await runCli([dir, '--list', 'context'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(['a/z.txt', 'a/é.txt', 'a/\uffff.txt', 'a/😀.txt', 'b.txt', 'empty/.keep', 'link', ''].join('\n'));
  });

  it('copied: the paths COPY takes', async () => {
    const dir = tree('copied', {
      Dockerfile: 'FROM scratch\nCOPY src/ /app/\nCOPY *.txt /app/\n',
      'src/a.py': 'a',
      'src/b/c.py': 'c',
      'x.txt': 'x',
      'y.md': 'y',
    });
    const r = await runCli([dir, '--list', 'copied'], { cwd: root });
    expect(r.stdout).toBe('src/a.py\nsrc/b/c.py\nx.txt\n');
  });

  it('copied needs a Dockerfile: exit 2 naming where it looked', async () => {
    const dir = tree('nodockerfile', { 'a.txt': 'a' });
    const r = await runCli([dir, '--list', 'copied'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('docker-size-guard: Dockerfile: no such file; --list copied needs the Dockerfile\n');
  });

  it('context works without a Dockerfile', async () => {
    const dir = tree('nodockerfile2', { 'a.txt': 'a' });
    const r = await runCli(['--list', 'context'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, 'a.txt\n']);
  });

  it('-f is relative to the current directory and picks <Dockerfile>.dockerignore', async () => {
    const dir = tree('fileignore', {
      'docker/app.Dockerfile': 'FROM scratch\nCOPY . /\n',
      'docker/app.Dockerfile.dockerignore': 'secret.txt\n',
      '.dockerignore': 'public.txt\n',
      'secret.txt': 's',
      'public.txt': 'p',
    });
    const r = await runCli(['.', '-f', 'docker/app.Dockerfile', '--list', 'context'], { cwd: dir });
    expect(r.stdout).toBe('.dockerignore\ndocker/app.Dockerfile\ndocker/app.Dockerfile.dockerignore\npublic.txt\n');
    const j = JSON.parse((await runCli(['.', '-f', 'docker/app.Dockerfile', '--format', 'json'], { cwd: dir })).stdout) as Report;
    expect(j.targets[0]!.context.ignoreFile).toBe('docker/app.Dockerfile.dockerignore');
    expect(j.targets[0]!.context.ignoreFilesNotUsed).toEqual(['.dockerignore']);
  });
});

describe('exit codes and one-line errors', () => {
  it.each([
    [['--format', 'yaml'], 'docker-size-guard: --format must be text, markdown or json, got "yaml"'],
    [['--bogus'], 'docker-size-guard: unknown option "--bogus" (see --help)'],
    [['a', 'b'], 'docker-size-guard: expected one CONTEXT directory, got 2: a b'],
    [['--top'], 'docker-size-guard: option --top needs a value'],
    [['--top', '-1'], 'docker-size-guard: --top must be a whole number from 0 to 1000, got "-1"'],
    [['does-not-exist'], 'docker-size-guard: does-not-exist: no such directory'],
    [['https://github.com/x/y.git'], 'docker-size-guard: CONTEXT must be a local directory, not a URL: https://github.com/x/y.git'],
  ])('%j -> exit 2: %s', async (argv, message) => {
    const r = await runCli(argv, { cwd: root });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', message + '\n']);
  });

  it('an invalid pattern names the ignore file and line', async () => {
    const dir = tree('badpattern', { '.dockerignore': '# comment\nok\n[a-\n', 'a.txt': 'a' });
    const r = await runCli(['--list', 'context'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'docker-size-guard: .dockerignore:3: invalid pattern "[a-": syntax error in pattern\n',
    ]);
  });

  it('an unknown Dockerfile instruction names the Dockerfile and line', async () => {
    const dir = tree('badfile', { Dockerfile: 'FROM scratch\nCOPY . .\nFROB x\n', 'a.txt': 'a' });
    const r = await runCli([], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^docker-size-guard: Dockerfile:3: .*FROB.*\n$/);
  });

  it('the bundled CLI prints no stack trace for bad input', () => {
    const dir = tree('badpattern2', { '.dockerignore': '!\n' });
    const r = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), '.'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('docker-size-guard: .dockerignore:1: invalid pattern "!": illegal exclusion pattern: "!"\n');
  });

  it('--help and --version exit 0', () => {
    expect(execFileSync(process.execPath, ['dist/cli.js', '--help'], { encoding: 'utf8' })).toMatch(/^Usage: docker-size-guard/);
    expect(execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' })).toMatch(
      /^docker-size-guard \d+\.\d+\.\d+\n$/,
    );
  });
});

describe('never follows a symlink out of the context', () => {
  it('lists a symlink to a directory as one entry and does not walk it', async () => {
    const dir = tree('symdir', { 'real/a.txt': 'a', up: { symlink: '/' }, inner: { symlink: 'real' } });
    const r = await runCli(['--list', 'context'], { cwd: dir });
    expect(r.stdout).toBe('inner\nreal/a.txt\nup\n');
  });

  it('refuses a .dockerignore that links outside the context', async () => {
    const outside = tree('outside', { ignore: 'a.txt\n' });
    const dir = tree('symignore', { 'a.txt': 'a', '.dockerignore': { symlink: join(outside, 'ignore') } });
    const r = await runCli(['--list', 'context'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^docker-size-guard: \.dockerignore: is a symlink to .*outside the build context/);
  });
});

describe('--baseline, budgets and --output (issue 4 contract)', () => {
  it("a report written with --output is the next run's baseline; exit 1 on a breach, 0 otherwise", async () => {
    const dir = tree('baseline-run', { Dockerfile: 'FROM scratch\nCOPY . /\n', 'a.bin': 'x'.repeat(1000) });
    const first = await runCli(['.', '--output', 'base.json', '--format', 'json'], { cwd: dir });
    expect(first.code).toBe(0);
    writeFileSync(join(dir, 'b.bin'), 'y'.repeat(60_000));
    const over = await runCli(['.', '--baseline', 'base.json', '--budget-context', '50kB', '--format', 'markdown'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(/^## 📦 Docker size: context \+6\d\.\d kB \(\+\d+\.\d%\) 🚨/);
    expect(over.stdout).toContain('**❌ Docker size: 1 budget exceeded**');
    expect(over.stdout).toMatch(/b\.bin \(new\)/);
    const within = await runCli(['.', '--baseline', 'base.json', '--budget-context', '100kB', '--format', 'json'], { cwd: dir });
    expect(within.code).toBe(0);
    const j = JSON.parse(within.stdout) as Report;
    const m = j.comparison!.targets[0]!.metrics.find((x) => x.key === 'context')!;
    // base.json itself (written into the context by the first run) is part of the new context, too.
    expect(m.delta).toBe(60_000 + JSON.stringify(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')), null, 2).length + 1);
    const soft = await runCli(['.', '--baseline', 'base.json', '--budget-context', '50kB', '--fail-on-budget', 'false'], { cwd: dir });
    expect(soft.code).toBe(0);
  });

  it('a missing baseline is a note, not an error', async () => {
    const dir = tree('nobaseline', { 'a.txt': 'a' });
    const r = await runCli(['.', '--baseline', 'gone.json', '--format', 'markdown'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No baseline to compare with: gone\.json cannot be read \(ENOENT\)\. Absolute figures only\./);
  });

  it.each([
    [['--budget-context', 'huge'], 'docker-size-guard: --budget-context: invalid budget "huge": expected a size such as 200MB or 1.5GiB'],
    [['--budget-context', '10%'], 'docker-size-guard: --budget-context: invalid budget "10%": expected a size such as 200MB or 1.5GiB'],
    [
      ['--warn-image-increase', 'x'],
      'docker-size-guard: --warn-image-increase: invalid budget "x": expected a size such as 5MB or a percentage such as 10%',
    ],
    [['--budget-size', '1MB'], 'docker-size-guard: unknown option "--budget-size" (see --help)'],
    [['--config', 'c.yml', 'ctx'], 'docker-size-guard: --config lists the targets: give no CONTEXT, -f or --target with it'],
  ])('%j -> exit 2', async (argv, message) => {
    const r = await runCli(argv, { cwd: root });
    expect([r.code, r.stderr]).toEqual([2, message + '\n']);
  });

  it('config problems are printed as one line: the first, and how many more', async () => {
    const dir = tree('badconfig', { 'c.yml': 'targets:\n  - context: .\n    budgets: { context: lots }\nextra: 1\n' });
    const r = await runCli(['--config', 'c.yml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'docker-size-guard: c.yml:3: budget context: invalid budget "lots": expected a size such as 200MB or 1.5GiB (and 1 more problem)\n',
    );
  });
});
