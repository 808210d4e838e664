// The classic builder's archive size (report field context.tarBytes) against the tar the real engine receives:
// the 28.x CLI builds with DOCKER_BUILDKIT=0 through a proxy on a unix socket that forwards every request to the
// suite's engine and counts the body of POST /build — exactly the bytes "Sending build context to Docker daemon"
// counts. Trees: conformance cases (long names, unicode names, symlinks, empty directories, exceptions, a
// whitelist that excludes the Dockerfile) and one built for the archive's corner cases (names at the USTAR limits,
// hard links, long symlink targets, sizes at block boundaries). Needs the engine (global setup); not pure.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { cases, materialise } from '../conformance/cases.mjs';
import { CLASSIC_DOCKER } from '../engine/engine.js';

const tmp = mkdtempSync(join(tmpdir(), 'dsg-tar-'));
const proxySocket = join(tmp, 'proxy.sock');
let server: Server | undefined;
/** Bytes of each POST /build body, in order. */
const received: number[] = [];
let engineError = '';

beforeAll(async () => {
  const host = inject('dockerHost');
  if (!host?.startsWith('unix://')) {
    engineError = inject('engineError') ?? `the engine is not on a unix socket: ${host}`;
    return;
  }
  const target = host.slice('unix://'.length);
  server = createServer((req, res) => {
    const isBuild = req.method === 'POST' && /\/build(\?|$)/.test(req.url ?? '');
    let bytes = 0;
    if (isBuild) req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    const up = request({ socketPath: target, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', (e) => res.destroy(e));
    req.on('end', () => {
      if (isBuild) received.push(bytes);
    });
    req.pipe(up);
  });
  await new Promise<void>((ok, fail) => server!.listen(proxySocket, ok).on('error', fail));
});

afterAll(async () => {
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  rmSync(tmp, { recursive: true, force: true });
});

/** Builds DIR with the classic builder through the proxy; resolves to the bytes the engine received. */
function classicBuildBytes(dir: string, tag: string, args: string[] = []): Promise<number> {
  if (engineError) throw new Error(engineError);
  const before = received.length;
  return new Promise((ok, fail) => {
    execFile(
      CLASSIC_DOCKER,
      ['build', '-q', '-t', tag, ...args, dir],
      { env: { ...process.env, DOCKER_HOST: `unix://${proxySocket}`, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' }, timeout: 120_000 },
      (err, _stdout, stderr) => {
        if (received.length !== before + 1) return fail(new Error(`no build context reached the engine: ${err?.message ?? ''} ${stderr}`));
        ok(received[before]!);
      },
    );
  });
}

async function estimate(dir: string, args: string[] = []): Promise<number> {
  const r = await runCli([dir, ...args, '--format', 'json'], { cwd: tmp });
  expect(r.stderr).toBe('');
  const tarBytes = JSON.parse(r.stdout).targets[0].context.tarBytes as number;
  expect(Number.isSafeInteger(tarBytes)).toBe(true);
  return tarBytes;
}

const CASES = [
  'long-paths',
  'unicode-names',
  'symlink-to-file',
  'symlink-to-dir',
  'empty-dirs',
  'file-modes',
  'exception-inside-excluded-dir',
  'whitelist-star-src',
  'dot-star-hidden',
];

describe('context.tarBytes equals the archive the classic builder sends', () => {
  it.each(CASES)('conformance case %s', async (name) => {
    const c = cases.find((x) => x.name === name);
    expect(c, name).toBeDefined();
    const dir = join(tmp, name);
    mkdirSync(dir);
    await materialise(c!, dir);
    expect(await estimate(dir)).toBe(await classicBuildBytes(dir, `dsg-tar-${name}`));
  });

  it('a tree at the archive format limits', async () => {
    const dir = join(tmp, 'limits');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /ctx/\n');
    const put = (p: string, bytes: number): void => {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), Buffer.alloc(bytes, 0x61));
    };
    for (const n of [0, 1, 511, 512, 513, 1024, 100_000]) put(`sizes/f${n}`, n);
    put('n'.repeat(100), 1); // exactly the 100-byte name field
    put('m'.repeat(101), 1); // one over, no "/" to split at: a PAX path record
    put(`${'p'.repeat(150)}/${'q'.repeat(99)}`, 1); // splits into prefix (150) and name (99): plain USTAR
    put(`${'p'.repeat(150)}/${'r'.repeat(101)}`, 1); // the name part is too long: PAX
    put(`${'s'.repeat(160)}/t`, 1); // the prefix part is too long: PAX
    put(`d/${'u'.repeat(91)}x`, 1); // a PAX record whose length crosses 100 (a third digit)
    mkdirSync(join(dir, 'v'.repeat(99))); // a directory of 99 + "/" = 100 bytes
    mkdirSync(join(dir, 'w'.repeat(100))); // 101 with the "/": PAX
    put('é'.repeat(10), 3); // non-ASCII: a PAX path record
    put('links/a', 700);
    linkSync(join(dir, 'links/a'), join(dir, 'links/b')); // a hard link: a header, no contents
    linkSync(join(dir, 'links/a'), join(dir, `links/${'z'.repeat(120)}`));
    put(`hl/${'k'.repeat(120)}`, 5);
    linkSync(join(dir, `hl/${'k'.repeat(120)}`), join(dir, 'hl/short')); // link name over 100: PAX linkpath
    symlinkSync('target', join(dir, 'sym-short'));
    symlinkSync('t'.repeat(100), join(dir, 'sym-100'));
    symlinkSync('t'.repeat(101), join(dir, 'sym-101')); // link target over 100: PAX linkpath
    writeFileSync(join(dir, '.dockerignore'), 'ignored\n');
    put('ignored/big', 50_000);
    expect(await estimate(dir)).toBe(await classicBuildBytes(dir, 'dsg-tar-limits'));
  });

  it('a Dockerfile in an excluded directory (the CLI sends it anyway)', async () => {
    const dir = join(tmp, 'excluded-dockerfile');
    mkdirSync(join(dir, 'build'), { recursive: true });
    writeFileSync(join(dir, 'build/Dockerfile'), 'FROM scratch\nCOPY . /ctx/\n');
    writeFileSync(join(dir, 'build/other'), 'x'.repeat(3000));
    writeFileSync(join(dir, 'app.txt'), 'app');
    writeFileSync(join(dir, '.dockerignore'), 'build\n.dockerignore\n');
    const df = ['-f', join(dir, 'build/Dockerfile')];
    expect(await estimate(dir, df)).toBe(await classicBuildBytes(dir, 'dsg-tar-excluded-df', df));
  });

  it.each([
    ['with a .dockerignore', true],
    ['without a .dockerignore', false],
  ])('a Dockerfile outside the context, %s (sent under a random name, added to .dockerignore)', async (_name, withIgnore) => {
    const dir = join(tmp, `outside-${withIgnore}`);
    mkdirSync(join(dir, 'ctx'), { recursive: true });
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /ctx/\n' + '#'.repeat(600) + '\n');
    writeFileSync(join(dir, 'ctx/app.txt'), 'app');
    if (withIgnore) writeFileSync(join(dir, 'ctx/.dockerignore'), 'x'.repeat(500));
    const df = ['-f', join(dir, 'Dockerfile')];
    const sent = await classicBuildBytes(join(dir, 'ctx'), `dsg-tar-outside-${withIgnore}`, df);
    const est = await estimate(join(dir, 'ctx'), df);
    if (withIgnore) expect(est).toBe(sent);
    else {
      // Both files are appended in Go's random map order, the last one unpadded: the Dockerfile (627 bytes, padded
      // to 1024) then the .dockerignore (47 bytes), or the other way round (512 + 627).
      expect([est, est - 1024 - 47 + 512 + 627]).toContain(sent);
    }
  });
});
