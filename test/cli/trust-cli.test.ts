// Issue 10 item 10: `top` honoured in the markdown, an explicit -f that does not exist, "--budget-context 50 MiB",
// and plurals ("1 file"). Each failed before the fix.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { tempRoot, writeTree } from '../diagnose/helpers.js';

const { root, cleanup } = tempRoot('dsg-trust-cli-');
afterAll(cleanup);

const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${String(i).padStart(2, '0')}.bin`, { size: 1000 + i }]));
const dir = writeTree(join(root, 'many'), { Dockerfile: 'FROM scratch\nCOPY . /\n', ...files, 'one/only.txt': 'x' });

/** The rows of the markdown table under a <summary> containing `title`. */
function tableRows(md: string, title: string): number {
  const at = md.indexOf(title);
  expect(at).toBeGreaterThan(0);
  const section = md.slice(at, md.indexOf('</details>', at));
  return section.split('\n').filter((l) => l.startsWith('|')).length - 2;
}

describe('top in the markdown', () => {
  it('--top 15 shows 15 rows (not 10); --top 3 shows 3', async () => {
    const md15 = (await runCli(['.', '--top', '15', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(tableRows(md15, 'largest files in the context')).toBe(15);
    const md3 = (await runCli(['.', '--top', '3', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(tableRows(md3, 'largest files in the context')).toBe(3);
  });
});

describe('an explicit -f that does not exist', () => {
  it('exits 2 with the path, as docker build -f fails', async () => {
    const r = await runCli(['.', '-f', 'docker/missing.Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('docker-size-guard: docker/missing.Dockerfile: no such file (docker build -f would fail)\n');
  });
  it('without -f, a missing Dockerfile still measures the context alone (with a warning)', async () => {
    const ctx = writeTree(join(root, 'nodf'), { 'a.txt': 'a' });
    const r = await runCli(['.'], { cwd: ctx });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no Dockerfile at Dockerfile: only the build context is measured');
  });
});

describe('"--budget-context 50 MiB"', () => {
  it('suggests writing the size as one word instead of "MiB: no such directory"', async () => {
    const r = await runCli(['.', '--budget-context', '50', 'MiB'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('docker-size-guard: --budget-context 50 MiB: write the size as one word, "50MiB" (or quote it: "50 MiB")\n');
    const ok = await runCli(['.', '--budget-context', '50 MiB', '--format', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
  });
});

describe('plurals', () => {
  it('"1 file", never "1 files"', async () => {
    const text = (await runCli(['.'], { cwd: dir })).stdout;
    expect(text).not.toMatch(/\b1 files\b/);
    expect(text).toContain('one/  (1 file)');
    const single = writeTree(join(root, 'single'), { 'x/__pycache__/a.pyc': { size: 10 }, 'b.txt': 'b' });
    const s = await runCli(['.'], { cwd: single });
    expect(s.stdout).toMatch(/in 1 file: the context goes/);
    expect(s.stdout).not.toMatch(/\b1 (files|symlinks|directories)\b/);
    const md = await runCli(['.', '--format', 'markdown'], { cwd: single });
    expect(md.stdout).toMatch(/in 1 file: the context goes/);
  });
});
