// Hostile artifacts in the fork-safe hand-off and baseline download (issue 14 item 16): a loopback server
// answers the GitHub REST artifact download (302 to a blob URL, as GitHub does) with zips made here — a zip
// bomb, an oversized chunked zip, a good report next to a bomb — and ArtifactStore.download runs in a child
// process bounded in time and heap. Only the wanted entries are inflated, each capped; nothing is written.
import { deflateRawSync } from 'node:zlib';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, describeChild, lastJson, runBounded } from './bounds.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries: `data`, or a run of `spaces`; `declared` is the size the headers claim (a lie, when set). */
function zip(entries: { name: string; data?: Buffer; spaces?: number; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.data ?? Buffer.alloc(e.spaces!, 0x20);
    const packed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(e.name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.declared ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.declared ?? data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const REPORT = Buffer.from(JSON.stringify({ schemaVersion: 1, tool: 'docker-size-guard' }));
const MAX = 20_000_000;
const blobs = new Map<string, Buffer | 'endless'>();
let server: http.Server;
let api = '';

beforeAll(async () => {
  blobs.set('1', zip([{ name: 'report.json', spaces: 64 * 1024 * 1024, declared: 1000 }]));
  blobs.set('4', zip([{ name: 'report.json', spaces: 30_000_000 }]));
  blobs.set('2', 'endless');
  blobs.set(
    '3',
    zip([
      { name: 'report.json', data: REPORT },
      { name: 'junk.bin', spaces: 64 * 1024 * 1024 },
      { name: 'pull-request.json', data: Buffer.from('{"number":7}') },
    ]),
  );
  server = http.createServer((req, res) => {
    const m = /\/repos\/acme\/shop\/actions\/artifacts\/(\d+)\/zip$/.exec(req.url!);
    if (m) {
      // As GitHub: the token is checked here, then a redirect to a pre-signed blob URL.
      if (!/^(Bearer|token) ghs_test$/.test(req.headers.authorization ?? '')) return res.writeHead(401).end();
      return res.writeHead(302, { Location: `${api}/blob/${m[1]}.zip?sig=x` }).end();
    }
    const b = /^\/blob\/(\d+)\.zip/.exec(req.url!);
    if (!b || req.headers.authorization) return res.writeHead(403).end();
    const body = blobs.get(b[1]!);
    if (body === 'endless') {
      res.writeHead(200, { 'Content-Type': 'application/zip' });
      const chunk = Buffer.alloc(64 * 1024);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      return pump();
    }
    res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': body!.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await bundle('test/hostile/cases/artifact.ts');
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function download(id: number): Promise<{ sizes?: Record<string, number | null>; error?: string; left: string[] }> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dsg-hostile-handoff-'));
  const r = await runBounded(await bundle('test/hostile/cases/artifact.ts'), [api, String(id), String(MAX), tmp], {
    timeoutMs: 30_000,
    heapMb: 256,
    env: { ...process.env, GITHUB_API_URL: api },
  });
  expect(r.timedOut, describeChild(r)).toBe(false);
  expect(r.code, describeChild(r)).toBe(0);
  return lastJson(r.stdout);
}

describe('item 16: the artifact zip is read, not extracted', () => {
  it('a zip bomb (a 64 MiB report.json in ~65 KB, declaring 1,000 bytes) is refused at the cap, nothing written to disk', async () => {
    const r = await download(1);
    expect(r.error).toBe(`report.json expands to more than the ${MAX} bytes a report can be`);
    expect(r.left).toEqual([]);
  });

  it('an entry declaring more than the cap is refused before inflating', async () => {
    const r = await download(4);
    expect(r.error).toBe(`report.json is 30000000 bytes, more than the ${MAX} a report can be`);
    expect(r.left).toEqual([]);
  });

  it('an endless chunked zip is cut at the cap', async () => {
    const r = await download(2);
    expect(r.error).toBe(`artifact 2 is more than ${MAX} bytes, more than the ${MAX} a report artifact can be`);
    expect(r.left).toEqual([]);
  });

  it('only the wanted entries are inflated: a report next to a 64 MiB junk entry is read, the junk never', async () => {
    const r = await download(3);
    expect(r.error).toBeUndefined();
    expect(r.sizes).toEqual({ 'report.json': REPORT.length, 'pull-request.json': 12 });
    expect(r.left).toEqual([]);
  });
});
