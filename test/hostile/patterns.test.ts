// Hostile patterns (issue 14 items 2 and 3): lines a pull request can add to .dockerignore, a COPY
// source or a .gitignore, each written to make a backtracking regexp run for minutes. Each case runs
// the CLI in a bounded child process (bounded.ts): before the linear-time matcher they timed out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, finished, tempDir } from './bounded.js';

/** A context with one file of a 60-character name of 'a's, and a 60-deep x/x/…/x/z directory chain. */
function hostileTree(files: Record<string, string>): string {
  const dir = tempDir('pat-');
  writeFileSync(join(dir, 'a'.repeat(60)), 'x');
  const deep = join(dir, ...Array(60).fill('x'));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'z'), 'x');
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

const stars = (k: number): string => '*a'.repeat(k) + '*b';

describe('.dockerignore patterns match in linear time (item 2)', () => {
  it(`"${stars(8)}" against a 60-character name`, async () => {
    const dir = hostileTree({ '.dockerignore': stars(8) + '\n' });
    const r = finished(await cli(['--list', 'context', dir]));
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toContain('a'.repeat(60)); // not excluded: no 'b'
  });

  it('"x/**/**/**/**/**/**/y" on a 60-deep tree', async () => {
    const dir = hostileTree({ '.dockerignore': 'x/**/**/**/**/**/**/y\n**/**/**/**/**/**/**/**/q\n' });
    const r = finished(await cli(['--list', 'context', dir]));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(Array(60).fill('x').join('/') + '/z');
  });

  it('"x/**/**/**/**/**/**/**/**/z" matches the deep file, and excludes it', async () => {
    const dir = hostileTree({ '.dockerignore': 'x/**/**/**/**/**/**/**/**/z\n' });
    const r = finished(await cli(['--list', 'context', dir]));
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('/z\n');
  });
});

describe('COPY globs and .gitignore match in linear time (item 3)', () => {
  it(`COPY ${'*a'.repeat(10)}*b against a 50-character name`, async () => {
    const dir = hostileTree({ Dockerfile: `FROM scratch\nCOPY ${'*a'.repeat(10)}*b /\nCOPY ${'*a'.repeat(10)}*a /\n` });
    writeFileSync(join(dir, 'b'.repeat(1) + 'a'.repeat(49)), 'x');
    const r = finished(await cli(['--list', 'copied', dir]));
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(['a'.repeat(60), 'b' + 'a'.repeat(49)]);
  });

  it('.gitignore "x/**/**/**/**/**/**/y" and eight stars on a 60-deep tree', async () => {
    const dir = hostileTree({
      '.gitignore': `x/**/**/**/**/**/**/y\n${stars(8)}\nx/**/**/**/**/**/**/**/**/z\n`,
      Dockerfile: 'FROM scratch\nCOPY . /\n',
    });
    mkdirSync(join(dir, '.git'));
    const r = finished(await cli([dir, '--format', 'json']));
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { targets: { diagnostics?: unknown }[] };
    // the deep z is gitignored by line 3: the diagnosis names it
    expect(JSON.stringify(report.targets[0])).toContain('x/**/**/**/**/**/**/**/**/z');
  });
});
