// Trees on disk, the CLI's JSON report, and what a real engine sends, for the diagnostics tests.
import {
  existsSync,
  readFileSync,
  cpSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { removedByBlock } from '../../src/diagnose/precision.js';
import type { Diagnostics } from '../../src/model/diagnostics.js';
import type { Report, TargetReport } from '../../src/model/report.js';
import { buildAndList } from '../engine/engine.js';

export type Spec = string | Buffer | { size: number; fill?: string } | { symlink: string } | { hardlink: string };

export function tempRoot(prefix: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function writeTree(dir: string, files: Record<string, Spec>): string {
  mkdirSync(dir, { recursive: true });
  for (const [path, spec] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) writeFileSync(abs, spec);
    else if ('symlink' in spec) symlinkSync(spec.symlink, abs);
    else if ('hardlink' in spec) linkSync(join(dir, spec.hardlink), abs);
    else writeFileSync(abs, (spec.fill ?? 'x').repeat(spec.size).slice(0, spec.size));
  }
  return dir;
}

export function copyTree(from: string, to: string): string {
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

/** The CLI's JSON report for a context (cwd = the context unless given). */
export async function reportFor(dir: string, args: string[] = [], cwd = dir): Promise<{ t: TargetReport; d: Diagnostics }> {
  const r = await runCli([dir === cwd ? '.' : dir, '--format', 'json', ...args], { cwd });
  if (r.code !== 0 && r.code !== 1) throw new Error(`docker-size-guard failed (${r.code}): ${r.stderr}`);
  const t = (JSON.parse(r.stdout) as Report).targets[0]!;
  return { t, d: t.diagnostics! };
}

/** Sum of the apparent sizes of the listed paths (files and symlinks) under dir; a hard-linked file's content counts once, as tar sends it once. */
export function bytesOf(dir: string, paths: readonly string[]): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const p of paths) {
    const st = lstatSync(join(dir, p));
    const id = `${st.dev}:${st.ino}`;
    if (st.nlink > 1 && seen.has(id)) continue;
    seen.add(id);
    sum += st.size;
  }
  return sum;
}

const VERIFY = 'dsg-verify.Dockerfile';

/**
 * What the engine's classic builder (current Docker's client-side matcher) sends for `dir`, as
 * files and total bytes: built with `FROM scratch` + `COPY . /ctx/` from a Dockerfile that is left
 * out of the figures.
 */
export async function engineContext(host: string, dir: string, tag: string): Promise<{ files: string[]; bytes: number }> {
  writeFileSync(join(dir, VERIFY), 'FROM scratch\nCOPY . /ctx/\n');
  try {
    const r = await buildAndList(host, dir, { builder: 'classic', dockerfile: VERIFY, tag });
    if (!r.ok) throw new Error(`engine build failed: ${r.error}`);
    const files = r.files.filter((f) => f !== VERIFY);
    return { files, bytes: bytesOf(dir, files) };
  } finally {
    unlinkSync(join(dir, VERIFY));
  }
}

/** Whether a build with the tree's own Dockerfile (from scratch) succeeds on the classic builder. */
export async function engineBuild(
  host: string,
  dir: string,
  dockerfile: string,
  tag: string,
): Promise<{ ok: boolean; error?: string; files?: string[] }> {
  const r = await buildAndList(host, dir, { builder: 'classic', dockerfile, tag });
  return r.ok ? { ok: true, files: r.files } : { ok: false, error: r.error };
}

export function listFiles(dir: string, base = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, base), { withFileTypes: true })) {
    const rel = base === '' ? e.name : `${base}/${e.name}`;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Of `paths` (in the context now), those the suggested block would remove once appended to the ignore file `file` (relative to dir). */
export function blockRemoves(d: Diagnostics, file: string, dir: string, paths: readonly string[]): string[] {
  const abs = join(dir, file);
  const before = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  return removedByBlock(before, d.block?.text, paths);
}
