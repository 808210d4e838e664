// Runs the bundled action (dist/index.js) the way the runner does: a child `node` process with the inputs
// as INPUT_* (defaults filled from action.yml, as the runner fills them), the GITHUB_* environment, the
// event payload in GITHUB_EVENT_PATH, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files read back afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { runtimeToken } from '../servers/results.js';
import type { Stack } from '../servers/stack.js';
import type { Run } from '../servers/world.js';

export interface ActionResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: { level: string; title?: string; message: string }[];
}

export interface RunOptions {
  run: Run;
  eventName: string;
  payload: Record<string, unknown>;
  token: string;
  workspace: string;
  inputs?: Record<string, string>;
  /** GITHUB_REF; defaults to refs/heads/<run.headBranch>, or refs/pull/N/merge for pull requests. */
  ref?: string;
}

const ACTION_YML = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };

export function inputDefaults(token: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ACTION_YML.inputs)) {
    out[name] = String(spec.default ?? '').replace('${{ github.token }}', token);
  }
  return out;
}

export async function runAction(stack: Stack, o: RunOptions): Promise<ActionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dsg-runner-'));
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const w = stack.world;
  const prNumber = (o.payload.pull_request as { number?: number } | undefined)?.number;
  const ref = o.ref ?? (prNumber ? `refs/pull/${prNumber}/merge` : `refs/heads/${o.run.headBranch}`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: stack.apiUrl,
    GITHUB_GRAPHQL_URL: `${stack.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${w.repo.owner}/${w.repo.name}`,
    GITHUB_REPOSITORY_ID: String(w.repo.id),
    GITHUB_REPOSITORY_OWNER: w.repo.owner,
    GITHUB_RUN_ID: String(o.run.id),
    GITHUB_RUN_ATTEMPT: String(o.run.attempt),
    GITHUB_SHA: o.run.headSha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_JOB: 'size',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ACTIONS_RUNTIME_TOKEN: runtimeToken(o.run),
    ACTIONS_RESULTS_URL: `${stack.resultsUrl}/`,
  };
  for (const [k, v] of Object.entries({ ...inputDefaults(o.token), ...o.inputs })) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;

  const child = spawn(process.execPath, [join(process.cwd(), 'dist/index.js')], {
    cwd: o.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER\nvalue\nDELIMITER\n`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): ActionResult['annotations'] {
  const out: ActionResult['annotations'] = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)) {
    const title = /title=([^,]*)/.exec(m[2] ?? '')?.[1];
    out.push({ level: m[1]!, ...(title ? { title: unescapeCommand(title) } : {}), message: unescapeCommand(m[3]!) });
  }
  return out;
}

/** A small repository checkout: a Dockerfile that copies everything, and files of given sizes. */
export function makeWorkspace(files: Record<string, number | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsg-workspace-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /app/\n');
  writeFile(dir, files);
  return dir;
}

export function writeFile(dir: string, files: Record<string, number | string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'number' ? Buffer.alloc(content, 'x') : content);
  }
}
