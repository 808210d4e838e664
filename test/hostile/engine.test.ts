// Hostile engines (issue 14 item 14): a loopback HTTP server speaking just enough of the Engine API answers
// with an endless inspect body, trickles bytes, or streams an endless export; each case runs the real
// engine source in a child process bounded in time and heap (the CLI, or a case script with short limits).
import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, describeChild, lastJson, runBounded, runCli, tarHeader } from './bounds.js';

const servers: http.Server[] = [];
async function engine(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<string> {
  const s = http.createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `tcp://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

function pumpForever(res: http.ServerResponse, next: () => Buffer): void {
  const pump = (): void => {
    while (!res.destroyed && res.write(next()));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

const INSPECT = JSON.stringify({ Id: 'sha256:' + 'a'.repeat(64), Size: 1000, Os: 'linux', Architecture: 'amd64', RootFS: { Layers: [] } });
const ctx = mkdtempSync(path.join(os.tmpdir(), 'dsg-hostile-engine-'));
mkdirSync(path.join(ctx, 'c'));
writeFileSync(path.join(ctx, 'c', 'Dockerfile'), 'FROM scratch\n');
const cli = (host: string) =>
  runCli([path.join(ctx, 'c'), '--image', 'app:v1'], { timeoutMs: 60_000, heapMb: 256, env: { ...process.env, DOCKER_HOST: host } });
const bounded = async (host: string) => {
  const r = await runBounded(await bundle('test/hostile/cases/engine.ts'), ['app:v1', '2000', '1000'], {
    timeoutMs: 20_000,
    heapMb: 256,
    env: { ...process.env, DOCKER_HOST: host },
  });
  expect(r.timedOut, describeChild(r)).toBe(false);
  return lastJson(r.stdout) as { ok?: number; error?: string };
};

beforeAll(async () => {
  await bundle('src/cli/main.ts');
  await bundle('test/hostile/cases/engine.ts');
});
afterAll(() => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});

describe('item 14: engine answers are capped and the engine has an overall deadline', () => {
  it('an endless inspect body is cut at 16 MiB in one line', async () => {
    const host = await engine((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      pumpForever(res, () => Buffer.alloc(64 * 1024, 0x20));
    });
    const r = await cli(host);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(
      /the Docker engine at tcp:\/\/127\.0\.0\.1:\d+ sent more than 16777216 bytes for \/images\/app:v1\/json; refusing more/,
    );
  });

  it('an inspect trickled one byte every 200 ms meets the deadline (silence alone never ends)', async () => {
    const host = await engine((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(' ')), 200);
    });
    expect((await bounded(host)).error).toMatch(/did not complete \/images\/app:v1\/json within 2 s/);
  });

  it('an export trickled one byte every 200 ms meets the overall deadline', async () => {
    const host = await engine((req, res) => {
      if (req.url!.endsWith('/json')) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(INSPECT);
      res.writeHead(200, { 'Content-Type': 'application/x-tar' });
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(Buffer.alloc(1))), 200);
    });
    expect((await bounded(host)).error).toMatch(/did not complete \/images\/app:v1\/get within 2 s/);
  });

  it('a silent export meets the idle limit', async () => {
    const host = await engine((req, res) => {
      if (req.url!.endsWith('/json')) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(INSPECT);
      res.writeHead(200, { 'Content-Type': 'application/x-tar' });
      res.flushHeaders();
    });
    expect((await bounded(host)).error).toMatch(/sent nothing for 1 s/);
  });

  it('an endless export of JSON documents is refused at 64 MiB of JSON, heap bounded', async () => {
    const doc = Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(1024 * 1024 - 8, 0x61), Buffer.from('"}')]);
    let n = 0;
    const host = await engine((req, res) => {
      if (req.url!.endsWith('/json')) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(INSPECT);
      res.writeHead(200, { 'Content-Type': 'application/x-tar' });
      pumpForever(res, () =>
        Buffer.concat([
          tarHeader({ name: `blobs/sha256/${(n++).toString(16).padStart(64, '0')}` }, doc.length),
          doc,
          Buffer.alloc((512 - (doc.length % 512)) % 512),
        ]),
      );
    });
    const r = await cli(host);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/more than 67108864 bytes of JSON documents; refusing more/);
  });
});
