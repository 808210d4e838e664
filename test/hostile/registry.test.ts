// Hostile registries (issue 14 item 13, and the Low item "registry credentials bound to a host"): loopback
// HTTP servers started here answer with endless chunked bodies (no Content-Length), never answer, or
// trickle bytes; each case runs the real client in a child process bounded in time and heap.
import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCredentials } from '../../src/image/sources/registry/auth.js';
import { bundle, describeChild, lastJson, runBounded, runCli } from './bounds.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const servers: http.Server[] = [];

async function serve(handler: Handler): Promise<string> {
  const s = http.createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `127.0.0.1:${(s.address() as AddressInfo).port}`;
}

/** Writes `chunk` forever (with backpressure) until the client goes away. */
function endless(res: http.ServerResponse, chunk: Buffer): void {
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

const ctx = mkdtempSync(path.join(os.tmpdir(), 'dsg-hostile-registry-'));
mkdirSync(path.join(ctx, 'c'));
writeFileSync(path.join(ctx, 'c', 'Dockerfile'), 'FROM scratch\n');
const cli = (host: string, env: NodeJS.ProcessEnv = {}) =>
  runCli([path.join(ctx, 'c'), '--image', `${host}/app:v1`, '--registry'], {
    timeoutMs: 60_000,
    heapMb: 256,
    env: { ...process.env, HOME: ctx, ...env },
  });

beforeAll(async () => {
  await bundle('src/cli/main.ts');
  await bundle('test/hostile/cases/registry.ts');
});
afterAll(() => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});

describe('item 13: every registry body is capped, every request has a deadline', () => {
  it('an endless chunked manifest (no Content-Length) is cut at 16 MiB in one line', async () => {
    const host = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' });
      endless(res, Buffer.alloc(64 * 1024, 0x20));
    });
    const r = await cli(host);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/sent more than 16777216 bytes for a manifest or config; refusing more than 16777216/);
  });

  it('an endless token answer is cut at 1 MiB', async () => {
    let token = '';
    const host = await serve((req, res) => {
      if (req.url!.startsWith('/token')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return endless(res, Buffer.alloc(64 * 1024, 0x20));
      }
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${token}/token",service="r"` }).end();
    });
    token = host;
    const r = await cli(host);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/token service of the registry .* sent more than 1048576 bytes; refusing more than 1048576/);
  });

  it('a token endpoint that never answers meets the deadline', async () => {
    let me = '';
    const host = await serve((req, res) => {
      if (req.url!.startsWith('/token')) return; // never answers
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${me}/token",service="r"` }).end();
    });
    me = host;
    const r = await runBounded(await bundle('test/hostile/cases/registry.ts'), [`${host}/app:v1`, '1500'], { timeoutMs: 20_000 });
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(lastJson(r.stdout).error).toMatch(/cannot reach the token service of the registry .*: no complete answer within 1.5 s/);
  });

  it('a manifest trickled one byte at a time meets the deadline of the whole request', async () => {
    const host = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' });
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(' ')), 200);
    });
    const r = await runBounded(await bundle('test/hostile/cases/registry.ts'), [`${host}/app:v1`, '1500'], { timeoutMs: 20_000 });
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(lastJson(r.stdout).error).toMatch(/cannot reach the registry .*: no complete answer within 1.5 s/);
  });
});

describe('Low: credentials from the environment go only to the registry they are bound to', () => {
  const USER = 'ci-user';
  const PASS = 'hunter2-very-secret';
  let seen: (string | undefined)[] = [];
  let host = '';
  beforeAll(async () => {
    // A registry that asks for basic auth and records what it is sent.
    host = await serve((req, res) => {
      seen.push(req.headers.authorization);
      res
        .writeHead(401, { 'WWW-Authenticate': 'Basic realm="r"', 'Content-Type': 'application/json' })
        .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
    });
  });
  const creds = { DOCKER_SIZE_GUARD_REGISTRY_USERNAME: USER, DOCKER_SIZE_GUARD_REGISTRY_PASSWORD: PASS };
  const basic = `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}`;

  it('without DOCKER_SIZE_GUARD_REGISTRY they are sent nowhere, and the line says why', async () => {
    seen = [];
    const r = await cli(host, creds);
    expect(r.code, describeChild(r)).toBe(2);
    expect(seen).not.toContain(basic);
    expect(r.stderr).toMatch(/DOCKER_SIZE_GUARD_REGISTRY_USERNAME is set but DOCKER_SIZE_GUARD_REGISTRY is not/);
    expect(r.stderr).not.toContain(PASS);
  });

  it('bound to another host they are not sent to this one', async () => {
    seen = [];
    const r = await cli(host, { ...creds, DOCKER_SIZE_GUARD_REGISTRY: 'ghcr.io' });
    expect(r.code, describeChild(r)).toBe(2);
    expect(seen).not.toContain(basic);
    expect(r.stderr).toMatch(/is for DOCKER_SIZE_GUARD_REGISTRY=ghcr\.io, not 127\.0\.0\.1:\d+, so it is not sent there/);
  });

  it('bound to this host they are sent (and never printed)', async () => {
    seen = [];
    const r = await cli(host, { ...creds, DOCKER_SIZE_GUARD_REGISTRY: host });
    expect(r.code, describeChild(r)).toBe(2);
    expect(seen).toContain(basic);
    expect(r.stderr).toMatch(/refused access .* with the credentials from DOCKER_SIZE_GUARD_REGISTRY_USERNAME: 401 \(UNAUTHORIZED\)/);
    expect(r.stderr).not.toContain(PASS);
  });
});

describe('Low: which registry the environment credentials are bound to (findCredentials)', () => {
  const env = (bound?: string) => ({
    DOCKER_SIZE_GUARD_REGISTRY_USERNAME: 'u',
    DOCKER_SIZE_GUARD_REGISTRY_PASSWORD: 'p',
    ...(bound === undefined ? {} : { DOCKER_SIZE_GUARD_REGISTRY: bound }),
  });
  it.each<[string | undefined, string, boolean]>([
    ['ghcr.io', 'ghcr.io', true],
    ['GHCR.io', 'ghcr.io', true],
    ['https://ghcr.io/', 'ghcr.io', true],
    ['index.docker.io', 'docker.io', true],
    ['registry-1.docker.io', 'docker.io', true],
    ['localhost:5000', 'localhost:5000', true],
    ['localhost:5000', 'localhost:5001', false],
    ['ghcr.io', 'ghcr.io.evil.example', false],
    ['ghcr.io', 'evil.example', false],
    [undefined, 'ghcr.io', false],
    ['', 'ghcr.io', false],
  ])('bound to %j, asked for %s: sent %s', (bound, registry, sent) => {
    const r = findCredentials(registry, env(bound), undefined, 'cfg');
    expect(r.credentials !== undefined).toBe(sent);
    if (!sent) expect(r.note).toMatch(/DOCKER_SIZE_GUARD_REGISTRY/);
  });

  it('unbound environment credentials leave config.json credentials for that host in use', () => {
    const config = { auths: { 'ghcr.io': { auth: Buffer.from('x:y').toString('base64') } } };
    expect(findCredentials('ghcr.io', env('quay.io'), config, 'cfg').credentials).toMatchObject({
      username: 'x',
      password: 'y',
      from: 'cfg',
    });
  });
});
