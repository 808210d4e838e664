// --fix against a hostile checkout (issue 14 items 5 and 6): it must write only to a regular file inside
// the context (or the workspace), never through a symlink, and must neither hang on a FIFO nor read a
// device without end. Each case runs the CLI in a bounded child process (bounded.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, finished, tempDir } from './bounded.js';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostileKeyLine user@host\n';

/** A context whose `COPY . /app` drags 3 MB of node_modules: the report suggests "**\/node_modules". */
function culpritContext(): string {
  const dir = tempDir('fix-');
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'pkg', 'big.bin'), Buffer.alloc(3_000_000, 1));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');
  return dir;
}

describe('--fix writes only a regular file inside the context (item 5)', () => {
  it('a Dockerfile symlink to a directory elsewhere and a .dockerignore symlink into it: refused, nothing written', async () => {
    const dir = culpritContext();
    const elsewhere = tempDir('victim-');
    writeFileSync(join(elsewhere, 'authorized_keys'), KEY);
    writeFileSync(join(elsewhere, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');
    execFileSync('rm', [join(dir, 'Dockerfile')]);
    symlinkSync(join(elsewhere, 'Dockerfile'), join(dir, 'Dockerfile'));
    symlinkSync(join(elsewhere, 'authorized_keys'), join(dir, 'Dockerfile.dockerignore'));
    const r = finished(await cli(['--fix', '.'], { cwd: dir }));
    expect(r.status).toBe(2);
    expect(readFileSync(join(elsewhere, 'authorized_keys'), 'utf8')).toBe(KEY);
  });

  it('a .dockerignore symlink to a file outside the context: refused, the file unchanged', async () => {
    const dir = culpritContext();
    const elsewhere = tempDir('victim-');
    writeFileSync(join(elsewhere, 'authorized_keys'), KEY);
    symlinkSync(join(elsewhere, 'authorized_keys'), join(dir, '.dockerignore'));
    const r = finished(await cli(['--fix', '.'], { cwd: dir }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^docker-size-guard: \.dockerignore: /);
    expect(readFileSync(join(elsewhere, 'authorized_keys'), 'utf8')).toBe(KEY);
  });

  it('a .dockerignore symlink to another file inside the context: read for the measurement, never written through', async () => {
    const dir = culpritContext();
    writeFileSync(join(dir, 'ignore.txt'), '*.log\n');
    symlinkSync('ignore.txt', join(dir, '.dockerignore'));
    const r = finished(await cli(['--fix', '.'], { cwd: dir }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^docker-size-guard: \.dockerignore: --fix: the ignore file is a symlink; docker-size-guard does not follow it\n$/,
    );
    expect(readFileSync(join(dir, 'ignore.txt'), 'utf8')).toBe('*.log\n');
  });

  it('the ordinary case still works: .dockerignore created as a regular file', async () => {
    const dir = culpritContext();
    const r = finished(await cli(['--fix', '.'], { cwd: dir }));
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, '.dockerignore')).isFile()).toBe(true);
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toContain('**/node_modules\n');
  });
});

describe('--fix reads only regular files, bounded (item 6)', () => {
  it('a FIFO .dockerignore: refused at once, no hang', async () => {
    const dir = culpritContext();
    execFileSync('mkfifo', [join(dir, '.dockerignore')]);
    const r = finished(await cli(['--fix', '.'], { cwd: dir }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.dockerignore: --fix: the ignore file is not a regular file/);
  });

  it('.dockerignore -> /dev/zero: refused, not read', async () => {
    const dir = culpritContext();
    symlinkSync('/dev/zero', join(dir, '.dockerignore'));
    const r = finished(await cli(['--fix', '.'], { cwd: dir, heapMb: 128 }));
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, '.dockerignore'))).toBe(true);
  });
});
