// Hostile files a repository can bring (issue 14 item 1, item 15 and Low items): symlinks out of the
// workspace, expansion bombs, deep nesting, huge and special ignore files, terminal escapes, floods of
// config problems. Each case runs the CLI in a bounded child process (bounded.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, finished, tempDir } from './bounded.js';

const SECRET = 'ghs_hostileTokenValue1234567890';
const env = { INPUT_GITHUB_TOKEN: SECRET, ACTIONS_RUNTIME_TOKEN: SECRET };

function repo(files: Record<string, string | { symlink: string }>): string {
  const dir = tempDir('files-');
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    if (typeof c === 'string') writeFileSync(join(dir, p), c);
    else symlinkSync(c.symlink, join(dir, p));
  }
  return dir;
}

/** The one line of an input error, nothing else on stderr. */
function oneLine(r: { status: number | null; stderr: string; stdout: string }): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines.length).toBe(2); // one line and its newline
  expect(lines[1]).toBe('');
  return lines[0]!;
}

describe('item 1: no file outside the workspace is read through a Dockerfile, nothing secret printed', () => {
  it('Dockerfile -> /proc/self/environ is refused, the environment never printed', async () => {
    const dir = repo({ Dockerfile: { symlink: '/proc/self/environ' } });
    const r = finished(await cli(['.'], { cwd: dir, env }));
    const line = oneLine(r);
    expect(line).toContain('outside the build context and the workspace');
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain('PATH=');
  });

  it('Dockerfile -> /etc/passwd prints no line of it', async () => {
    const dir = repo({ Dockerfile: { symlink: '/etc/passwd' } });
    const line = oneLine(finished(await cli(['.'], { cwd: dir })));
    expect(line).not.toContain('root:');
  });

  it('a config target "dockerfile: /proc/self/environ" is refused', async () => {
    const dir = repo({ 'c.yml': 'targets:\n  - name: t\n    context: .\n    dockerfile: /proc/self/environ\n' });
    const r = finished(await cli(['--config', 'c.yml'], { cwd: dir, env }));
    expect(oneLine(r)).toContain('outside');
    expect(r.stderr).not.toContain(SECRET);
  });

  it('a config file that is a symlink out of the workspace is refused', async () => {
    const dir = repo({ 'c.yml': { symlink: '/proc/self/environ' } });
    const r = finished(await cli(['--config', 'c.yml'], { cwd: dir, env }));
    expect(oneLine(r)).toContain('outside the workspace');
    expect(r.stderr).not.toContain(SECRET);
  });

  it('an unknown instruction shows at most a short escaped excerpt of the line', async () => {
    const word = `X${'\u001b[31m'}${'A'.repeat(5000)}\u0000${SECRET}`;
    const dir = repo({ Dockerfile: `FROM scratch\n${word} x\n` });
    const line = oneLine(finished(await cli(['.'], { cwd: dir })));
    expect(line).toMatch(/^docker-size-guard: Dockerfile:2: unknown instruction: X\\x1b\[31mA+…/);
    expect(line.length).toBeLessThan(120);
    expect(line).not.toContain(SECRET);
  });

  it('a Dockerfile inside the workspace but outside the context is read (a legitimate monorepo link)', async () => {
    const dir = repo({
      'shared/Dockerfile': 'FROM scratch\nCOPY a /\n',
      'app/a': 'x',
      'app/Dockerfile': { symlink: '../shared/Dockerfile' },
    });
    const r = finished(await cli(['--list', 'copied', 'app'], { cwd: dir }));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a\n');
  });

  it('an explicit -f outside the workspace is the user asking: allowed', async () => {
    const elsewhere = repo({ 'Dockerfile.alt': 'FROM scratch\nCOPY a /\n' });
    const dir = repo({ a: 'x' });
    const r = finished(await cli(['--list', 'copied', '-f', join(elsewhere, 'Dockerfile.alt'), '.'], { cwd: dir }));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a\n');
  });
});

describe('Low: config targets stay in the workspace unless named on the command line', () => {
  it('"context: /etc" in a config file is refused', async () => {
    const dir = repo({ 'c.yml': 'targets:\n  - name: t\n    context: /etc\n' });
    expect(oneLine(finished(await cli(['--config', 'c.yml'], { cwd: dir })))).toContain('outside the workspace');
  });

  it('a context inside the workspace that is a symlink to / is refused (the repository, not the user, chose it)', async () => {
    const dir = repo({ app: { symlink: '/' } });
    expect(oneLine(finished(await cli(['--list', 'context', 'app'], { cwd: dir })))).toContain('outside the workspace');
  });

  it('the same directory named on the command line is measured', async () => {
    const elsewhere = repo({ f: 'x' });
    const dir = repo({});
    const r = finished(await cli(['--list', 'context', elsewhere], { cwd: dir }));
    expect(r.stdout).toBe('f\n');
  });
});

describe('item 15 and Low: ARG expansion bombs and deep nesting fail at their line', () => {
  it('28 doubling ARG lines: one line naming the Dockerfile line, in bounded memory', async () => {
    const lines = ['ARG v0=xxxxxxxxxxxxxxxx'];
    for (let i = 1; i <= 28; i++) lines.push(`ARG v${i}=\${v${i - 1}}\${v${i - 1}}`);
    const dir = repo({ Dockerfile: `${lines.join('\n')}\nFROM scratch\nCOPY . /\n` });
    const line = oneLine(finished(await cli(['.'], { cwd: dir })));
    expect(line).toMatch(/^docker-size-guard: Dockerfile:\d+: .*expands to more than 1048576 characters/);
    expect(Number(/Dockerfile:(\d+)/.exec(line)![1])).toBe(18); // v17 = 16 × 2^17 characters: the first over 1 Mi
  });

  it('many ARGs of 1 Mi characters each: the total limit, at its line', async () => {
    const lines = ['ARG a0=xxxxxxxxxxxxxxxx'];
    for (let i = 1; i <= 16; i++) lines.push(`ARG a${i}=\${a${i - 1}}\${a${i - 1}}`);
    for (let i = 0; i < 40; i++) lines.push(`ARG b${i}=\${a15}\${a14}`);
    const dir = repo({ Dockerfile: `${lines.join('\n')}\nFROM scratch\nCOPY . /\n` });
    expect(oneLine(finished(await cli(['.'], { cwd: dir })))).toMatch(/Dockerfile:\d+: .*more than 16777216 characters in all/);
  });

  it('${a:-${a:-…}} nested 10,000 deep: one line with file:line, no stack overflow', async () => {
    const n = 10_000;
    const dir = repo({ Dockerfile: `FROM scratch\nARG x=${'${a:-'.repeat(n)}z${'}'.repeat(n)}\nCOPY . /\n` });
    const line = oneLine(finished(await cli(['.'], { cwd: dir })));
    expect(line).toMatch(/^docker-size-guard: Dockerfile:2: .*nested more than 200 deep/);
    expect(line).not.toMatch(/internal error|Maximum call stack/);
  });
});

describe('Low: ignore files and config problems', () => {
  it('a .dockerignore symlink to a 1.9 GB file is refused at its size, not read', async () => {
    const dir = repo({ a: 'x' });
    const big = join(tempDir('big-'), 'huge');
    execFileSync('truncate', ['-s', '1900M', big]);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'huge'), '');
    execFileSync('truncate', ['-s', '1900M', join(dir, 'sub', 'huge')]);
    symlinkSync('sub/huge', join(dir, '.dockerignore'));
    const r = finished(await cli(['.'], { cwd: dir, heapMb: 128 }));
    expect(oneLine(r)).toBe('docker-size-guard: .dockerignore: ignore file is larger than 16 MiB; docker-size-guard reads at most that');
  });

  it('a config file with 2,000 problems: one line and the count', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `k${i}: 1`).join('\n');
    const dir = repo({ 'c.yml': `targets:\n  - context: .\n${body}\n` });
    const line = oneLine(finished(await cli(['--config', 'c.yml'], { cwd: dir })));
    expect(line).toMatch(/^docker-size-guard: c\.yml:3: unknown key "k0".* \(and 1999 more problems\)$/);
  });

  it('terminal escapes and bidi controls in Dockerfile text reach stderr escaped', async () => {
    const dir = repo({ Dockerfile: 'FROM scratch\nARG x=${a:?\u001b]0;pwned\u0007\u001b[2J\u202egnp.exe}\nCOPY . /\n' });
    const line = oneLine(finished(await cli(['.'], { cwd: dir })));
    expect(line).toMatch(/^docker-size-guard: Dockerfile:2: /);
    expect(line).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\u{202e}gnp.exe');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('Dockerfile substitution patterns match in linear time', () => {
  it('${v##*a*a*a*a*a*a*a*b} and ${v//*a*a*a*a*a*a*b/x} on a 200-character value', async () => {
    const v = 'a'.repeat(200);
    const dir = repo({
      Dockerfile: `FROM scratch\nARG v=${v}\nARG w=\${v##*a*a*a*a*a*a*a*b}\nARG x=\${v//*a*a*a*a*a*a*b/x}\nARG y=\${v%%a*a*a*a*a*a*a*b*}\nCOPY . /\n`,
    });
    const r = finished(await cli(['.'], { cwd: dir }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
