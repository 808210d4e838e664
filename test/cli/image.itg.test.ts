// The bundled command line (node dist/cli.js), as a user runs it, on each image source: the engine,
// an archive and a registry reference; and the usage errors of the image options (exit 2, one line).
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escape.js';
import {
  buildImage,
  docker,
  importBusybox,
  removeImages,
  run,
  startRegistry,
  tempDir,
  uniqueTag,
  type Registry,
} from '../image/helpers.js';

const CLI = path.resolve('dist/cli.js');
let host: string;
let work: string;
let ctx: string;
let registry: Registry;
let bb: string;
let app: string;
let pushed: string;
const created: string[] = [];

function cli(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [CLI, ...args], { cwd: work, env: { PATH: process.env.PATH, HOME: work, DOCKER_HOST: host, ...env } });
}

beforeAll(async () => {
  const h = inject('dockerHost');
  if (h === undefined) throw new Error(inject('engineError'));
  host = h;
  work = await tempDir('dsg-img-cli-');
  ctx = path.join(work, 'ctx');
  bb = await importBusybox(host, uniqueTag('bb'));
  created.push(bb);
  const dockerfile = `FROM ${bb}\nCOPY . /app/\nRUN rm -rf /app/data\n`;
  app = await buildImage(host, uniqueTag('app'), dockerfile, { 'data/big.bin': 120_000, 'main.py': 400 });
  created.push(app);
  const { writeTree } = await import('../image/helpers.js');
  await writeTree(ctx, { Dockerfile: dockerfile, 'data/big.bin': 120_000, 'main.py': 400 });
  await docker(host).must(['save', '-o', path.join(work, 'app.tar'), app, bb]);
  registry = await startRegistry();
  pushed = `${registry.host}/dsg/cli:1`;
  await docker(host).must(['tag', app, pushed]);
  created.push(pushed);
  await docker(host).must(['push', pushed]);
});

afterAll(async () => {
  await registry?.stop();
  if (host) await removeImages(host, created);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('node dist/cli.js prints the image section', () => {
  it('CONTEXT --image REF (engine)', async () => {
    const r = await cli(['ctx', '--image', app]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Image ${app} (engine, linux/amd64)`);
    expect(r.stdout).toMatch(/base dsg-img-test-bb-\S+: 1 layer, 1\.\d+ MB; own: 2 layers/);
    expect(r.stdout).toMatch(/COPY \. \/app\/ {2}<-- copies the whole build context/);
    expect(r.stdout).toMatch(/Wasted: 120 kB reclaimable/);
    expect(r.stdout).toMatch(/120 kB {2}\/app\/data {2}\(deleted in layer 2; added in 1\)/);
  });

  it('CONTEXT --image-archive FILE --image NAME, --format json', async () => {
    const r = await cli(['ctx', '--image-archive', 'app.tar', '--image', app, '--format', 'json', '--waste-exclude', 'app/data']);
    expect(r.code).toBe(0);
    const image = JSON.parse(r.stdout).targets[0].image;
    expect(image).toMatchObject({ ok: true, source: 'archive', reference: 'app.tar', layerCount: 3, base: { reference: bb, layers: 1 } });
    expect(image.waste).toMatchObject({ reclaimableBytes: 0, excluded: ['app/data'] });
    expect(image.layers[1].flags).toEqual(['copies-whole-context']);
  });

  it('CONTEXT --image HOST:PORT/REPO:TAG (registry), markdown', async () => {
    const r = await cli(['ctx', '--image', pushed, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`#### Image ${escapeMarkdown(pushed)} (linux/amd64)`);
    expect(r.stdout).toMatch(/\| Pull downloads \(config \+ layers\) +\|/);
    expect(r.stdout).toMatch(/Smoking gun: .*layer 1 \(\d+\.\d%\): COPY \. \/app\//);
    expect(r.stdout).toMatch(
      /base image dsg-img-test-bb-\S+ could not be resolved on the same source \(it is on docker\.io, not on 127\.0\.0\.1:\d+\)/,
    );
  });

  it('in GitHub Actions, progress goes to stderr as lines (none for quick work)', async () => {
    const r = await cli(['ctx', '--image', app], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('image options: usage errors and bad input exit 2 with one line', () => {
  it.each([
    [['--registry'], /--registry needs --image REF/],
    [['--image', 'x', '--platform', 'linux'], /--platform must be os\/arch\[\/variant\]/],
    [['--image', 'x', '--layer-share', '0'], /--layer-share must be a percentage above 0 and at most 100/],
    [['--platform', 'all'], /--platform needs --image or --image-archive/],
    [['--registry-layers'], /--registry-layers needs --image or --image-archive/],
    [['--image', 'Bad Ref'], /invalid image reference "Bad Ref"/],
    [['--image', 'dsg-img-test-nonexistent:1'], /image not found on the Docker engine at unix:\/\/.*: dsg-img-test-nonexistent:1/],
    [['--image-archive', 'missing.tar'], /missing\.tar: cannot open the archive: ENOENT/],
  ])('%j', async (args, message) => {
    const r = await cli(['ctx', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(new RegExp(`^docker-size-guard: ${message.source}`));
  });

  it('daemon unreachable names the socket', async () => {
    await writeFile(path.join(work, 'x'), '');
    const r = await cli(['ctx', '--image', app], { DOCKER_HOST: 'unix:///tmp/dsg-img-test-nowhere.sock' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'docker-size-guard: cannot reach the Docker engine at unix:///tmp/dsg-img-test-nowhere.sock: ENOENT (is the daemon running? set DOCKER_HOST to its socket)\n',
    );
  });
});
