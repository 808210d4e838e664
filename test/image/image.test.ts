// The pure parts of image measurement, table-driven: references, platforms, history, auth parsing,
// DOCKER_HOST, media types, the tar parser (on archives GNU tar writes), and the waste figures (ours and
// dive's) on layers whose right answers are known by construction.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLayerPath, type LayerEntry } from '../../src/image/layer.js';
import { TarParser, type TarHeader } from '../../src/image/tar.js';
import { parseDockerHost } from '../../src/image/sources/engine/host.js';
import { compressionOfMediaType } from '../../src/image/analyze.js';
import { DockerfileError } from '../../src/dockerfile/parse.js';
import { planContextCopies } from '../../src/dockerfile/plan.js';
import { diveFigures } from '../../src/image/dive.js';
import { copiesWholeContext, destinationOf, instructionOf } from '../../src/image/history.js';
import { parsePlatform, platformMatches } from '../../src/image/platform.js';
import { createProgress } from '../../src/image/progress.js';
import { parseReference, sameReference } from '../../src/image/reference.js';
import { computeWaste } from '../../src/image/waste.js';
import { wasteExcluder } from '../../src/image/analyze.js';
import { findCredentials, parseChallenge } from '../../src/image/sources/registry/auth.js';
import { manifestKind } from '../../src/image/sources/registry/registry.js';
import { must, tempDir, writeTree } from './helpers.js';

describe('image references', () => {
  it.each([
    ['busybox', { registry: 'docker.io', explicitRegistry: false, repository: 'library/busybox', tag: 'latest', digest: null }],
    ['user/app:1.2', { registry: 'docker.io', explicitRegistry: false, repository: 'user/app', tag: '1.2', digest: null }],
    ['127.0.0.1:5000/dsg/app:1', { registry: '127.0.0.1:5000', explicitRegistry: true, repository: 'dsg/app', tag: '1', digest: null }],
    ['localhost/app', { registry: 'localhost', explicitRegistry: true, repository: 'app', tag: 'latest', digest: null }],
    [
      'ghcr.io/o/r@sha256:' + 'a'.repeat(64),
      { registry: 'ghcr.io', explicitRegistry: true, repository: 'o/r', tag: null, digest: 'sha256:' + 'a'.repeat(64) },
    ],
    [
      'index.docker.io/library/ubuntu:22.04',
      { registry: 'docker.io', explicitRegistry: true, repository: 'library/ubuntu', tag: '22.04', digest: null },
    ],
  ])('%s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  it.each(['', 'UPPER/case', 'a:b:c', 'app@sha256:short'])('rejects %j', (input) => {
    expect(() => parseReference(input)).toThrow(/invalid image reference/);
  });

  it.each([
    ['busybox', 'docker.io/library/busybox:latest', true],
    ['busybox:1', 'busybox:latest', false],
    ['127.0.0.1:5000/a:1', '127.0.0.1:5000/a:1', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameReference(a, b)).toBe(same);
  });
});

describe('platforms', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }, true],
    ['linux/amd64', { os: 'linux', architecture: 'arm64' }, false],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v6' }, false],
    ['linux/x86_64', { os: 'linux', architecture: 'amd64' }, true],
  ])('%s matches %j: %s', (want, have, ok) => {
    const p = parsePlatform(want);
    expect(p).not.toBe('all');
    expect(platformMatches(p as Exclude<typeof p, 'all'>, have)).toBe(ok);
  });

  it.each(['linux', 'linux/amd64/v1/x', 'linux/AMD 64'])('rejects %j', (s) => {
    expect(() => parsePlatform(s)).toThrow(/--platform must be os\/arch/);
  });
});

describe('history', () => {
  it.each([
    ['/bin/sh -c #(nop) COPY dir:ab12 in /app ', 'COPY dir:ab12 in /app'],
    ['/bin/sh -c apt-get update', 'RUN apt-get update'],
    ['RUN |2 A=1 B=2 /bin/sh -c make # buildkit', 'RUN make'],
    ['COPY . /app # buildkit', 'COPY . /app'],
    ['|1 X=y /bin/sh -c echo', 'RUN echo'],
  ])('%j -> %j', (createdBy, instruction) => {
    expect(instructionOf(createdBy)).toBe(instruction);
  });

  it.each([
    ['COPY . /app # buildkit', [], true],
    ['COPY --chown=1:1 . . # buildkit', [], true],
    ['ADD ./ /srv/ # buildkit', [], true],
    ['COPY [".", "/app"] # buildkit', [], true],
    ['COPY src/ /app # buildkit', [], false],
    ['COPY . # buildkit', [], false],
    ['/bin/sh -c #(nop) COPY dir:ab12 in /app ', ['/app/'], true],
    ['/bin/sh -c #(nop) COPY dir:ab12 in /app ', ['/srv'], false],
    ['/bin/sh -c cp . /x', [], false],
  ])('%j copies the whole context: %s', (createdBy, dests, yes) => {
    expect(copiesWholeContext(createdBy, dests)).toBe(yes);
  });

  it.each([
    ['COPY . /app/', '/app/'],
    ['COPY --chown=1 . .', '.'],
    ['COPY [".", "/srv"]', '/srv'],
  ])('destination of %j', (inst, dest) => {
    expect(destinationOf(inst)).toBe(dest);
  });
});

describe('base image of the target stage', () => {
  it.each([
    ['FROM python:3.12\nCOPY . .\n', undefined, {}, 'python:3.12'],
    ['ARG PY=3.11\nFROM python:${PY}-slim\n', undefined, {}, 'python:3.11-slim'],
    ['ARG PY=3.11\nFROM python:${PY}-slim\n', undefined, { PY: '3.13' }, 'python:3.13-slim'],
    ['FROM node:20 AS build\nRUN x\nFROM build AS test\nFROM nginx:1\n', 'test', {}, 'node:20'],
    ['FROM node:20 AS build\nFROM scratch\nCOPY --from=build /a /a\n', undefined, {}, 'scratch'],
  ])('%j (target %s)', (text, target, args, base) => {
    expect(planContextCopies(text, { file: 'Dockerfile', target, buildArgs: args }).base).toEqual({ reference: base });
  });

  it('an unresolvable FROM says why', () => {
    expect(() => planContextCopies('FROM $NOPE\n', { file: 'Dockerfile' })).toThrow(DockerfileError);
    expect(planContextCopies('ARG A=$\nFROM x$A\n', { file: 'Dockerfile' }).base).toMatchObject({
      reference: undefined,
      reason: 'FROM x$ cannot be resolved statically',
    });
  });
});

describe('registry auth and DOCKER_HOST', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/ubuntu:pull' },
      },
    ],
    ['Basic realm="dsg"', { scheme: 'basic', params: { realm: 'dsg' } }],
    ['Bearer realm="a\\"b", error="invalid_token"', { scheme: 'bearer', params: { realm: 'a"b', error: 'invalid_token' } }],
  ])('challenge %s', (header, parsed) => {
    expect(parseChallenge(header)).toEqual(parsed);
  });

  it.each([
    [
      'environment wins',
      { DOCKER_SIZE_GUARD_REGISTRY: 'r.io', DOCKER_SIZE_GUARD_REGISTRY_USERNAME: 'u', DOCKER_SIZE_GUARD_REGISTRY_PASSWORD: 'p' },
      { auths: { 'r.io': { auth: Buffer.from('x:y').toString('base64') } } },
      'u',
      'p',
    ],
    ['config auth by host', {}, { auths: { 'r.io': { auth: Buffer.from('x:y:z').toString('base64') } } }, 'x', 'y:z'],
    ['config auth by https URL', {}, { auths: { 'https://r.io': { username: 'a', password: 'b' } } }, 'a', 'b'],
  ])('credentials: %s', (_n, env, config, user, pass) => {
    expect(findCredentials('r.io', env, config, 'cfg').credentials).toMatchObject({ username: user, password: pass });
  });

  it('a credential helper is named, never run', () => {
    const r = findCredentials('r.io', {}, { credsStore: 'desktop' }, '~/.docker/config.json');
    expect(r.credentials).toBeUndefined();
    expect(r.note).toMatch(/credential helper "desktop"/);
  });

  it.each([
    [undefined, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['unix:///tmp/dk/docker.sock', { kind: 'unix', socketPath: '/tmp/dk/docker.sock' }],
    ['tcp://10.0.0.1:2375', { kind: 'tcp', host: '10.0.0.1', port: 2375, tls: false }],
    ['tcp://host', { kind: 'tcp', host: 'host', port: 2375, tls: false }],
  ])('DOCKER_HOST %s', (value, endpoint) => {
    expect(parseDockerHost(value)).toMatchObject(endpoint);
  });

  it('DOCKER_TLS_VERIFY makes tcp TLS on 2376', () => {
    expect(parseDockerHost('tcp://h', { DOCKER_TLS_VERIFY: '1' })).toMatchObject({ tls: true, port: 2376 });
  });
});

describe('media types', () => {
  it.each([
    ['application/vnd.oci.image.index.v1+json', {}, 'index'],
    ['application/vnd.docker.distribution.manifest.list.v2+json', {}, 'index'],
    ['application/vnd.docker.distribution.manifest.v2+json', {}, 'manifest'],
    ['', { schemaVersion: 2, config: {}, layers: [] }, 'manifest'],
    ['', { schemaVersion: 2, manifests: [] }, 'index'],
    ['application/vnd.docker.distribution.manifest.v1+prettyjws', {}, 'schema1'],
    ['application/vnd.oci.artifact.manifest.v1+json', { schemaVersion: 2, config: {}, layers: [] }, 'unknown'],
  ])('%j is %s', (mediaType, json, kind) => {
    expect(manifestKind(mediaType, json)).toBe(kind);
  });

  it.each([
    ['application/vnd.oci.image.layer.v1.tar+gzip', 'gzip'],
    ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'gzip'],
    ['application/vnd.oci.image.layer.v1.tar+zstd', 'zstd'],
    ['application/vnd.oci.image.layer.v1.tar', 'none'],
    ['application/vnd.example', null],
  ])('%s compression %s', (mediaType, c) => {
    expect(compressionOfMediaType(mediaType)).toBe(c);
  });
});

describe('tar parser on archives GNU tar writes', () => {
  const long = `${'d'.repeat(60)}/${'e'.repeat(70)}/${'f'.repeat(90)}.bin`;
  it.each(['gnu', 'posix', 'ustar', 'oldgnu'])('--format=%s: names, sizes, types; any chunking', async (format) => {
    const dir = await tempDir('dsg-tar-');
    try {
      const tree: Record<string, number> = { 'a.txt': 5, 'sub/b.bin': 1025, 'sub/empty': 0 };
      if (format !== 'ustar' || long.length <= 255) tree[format === 'ustar' ? 'x'.repeat(99) + '/' + 'y'.repeat(99) : long] = 700;
      await writeTree(path.join(dir, 'root'), tree);
      await must('ln', ['-s', 'a.txt', path.join(dir, 'root', 'link')]);
      await must('ln', [path.join(dir, 'root', 'a.txt'), path.join(dir, 'root', 'hard')]);
      const file = path.join(dir, 'x.tar');
      await must('tar', [`--format=${format}`, '--sort=name', '-C', path.join(dir, 'root'), '-cf', file, '.']);
      const listing = (await must('tar', ['-tvf', file])).stdout.trim().split('\n');
      const buf = await readFile(file);
      const expected = listing.map((l) => {
        const parts = l.split(/\s+/);
        const name = parts
          .slice(5)
          .join(' ')
          .replace(/ -> .*$| link to .*$/, '');
        return { name: cleanLayerPath(name), size: l[0] === '-' && !l.includes(' link to ') ? Number(parts[2]) : 0 };
      });
      for (const chunk of [1, 7, 512, 4096, buf.length]) {
        const p = new TarParser(false);
        const got: TarHeader[] = [];
        for (let i = 0; i < buf.length; i += chunk)
          for (const ev of p.push(buf.subarray(i, i + chunk))) if (ev.kind === 'header') got.push(ev.header);
        p.end();
        expect(got.map((h) => ({ name: cleanLayerPath(h.name), size: h.size }))).toEqual(expected);
        expect(got.find((h) => h.name.endsWith('link'))).toMatchObject({ type: 'symlink', linkname: 'a.txt' });
        expect(got.find((h) => h.name.endsWith('hard'))).toMatchObject({ type: 'hardlink' });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// Layers as entry lists: 'f:path:size' a file, 'd:path' a directory, 'w:path' a whiteout entry as written.
function layers(...spec: string[][]): LayerEntry[][] {
  return spec.map((l) =>
    l.map((e) => {
      const [k, p, n] = e.split(':');
      return { path: p!, kind: k === 'd' ? 'dir' : 'file', size: k === 'f' ? Number(n) : 0 } as LayerEntry;
    }),
  );
}

describe("waste: reclaimable bytes and dive's figures, known by construction", () => {
  it.each([
    ['nothing wasted', layers(['f:a:10'], ['f:b:20']), 0, 0, []],
    ['a file overwritten once', layers(['f:a:10'], ['f:a:30']), 10, 40, [['/a', 10, 'overwritten']]],
    ['a file overwritten twice', layers(['f:a:10'], ['f:a:20'], ['f:a:5']), 30, 35, [['/a', 30, 'overwritten']]],
    ['a file deleted', layers(['f:a:10', 'f:b:1'], ['w:.wh.a']), 10, 10, [['/a', 10, 'deleted']]],
    ['a directory deleted', layers(['d:d', 'f:d/x:7', 'f:d/y:3'], ['w:.wh.d']), 10, 0, [['/d', 10, 'deleted']]],
    [
      "an opaque directory keeps the same layer's files",
      layers(['d:d', 'f:d/x:7', 'f:d/y:3'], ['f:d/new:4', 'd:d', 'w:d/.wh..wh..opq']),
      10,
      0,
      [['/d', 10, 'opaque']],
    ],
    ['a directory replaced by a file', layers(['d:p', 'f:p/x:6'], ['f:p:1']), 6, 0, [['/p', 6, 'overwritten']]],
    ['a file replaced by a directory', layers(['f:p:9'], ['d:p', 'f:p/x:1']), 9, 0, [['/p', 9, 'overwritten']]],
  ])('%s', (_name, ls, reclaimable, diveWasted, top) => {
    const w = computeWaste(ls);
    expect(w.reclaimableBytes).toBe(reclaimable);
    expect(w.topPaths.map((p) => [p.path, p.reclaimableBytes, p.cause])).toEqual(top);
    expect(w.keptBytes).toBe(w.addedBytes - w.reclaimableBytes);
    expect(diveFigures(ls).wastedBytes).toBe(diveWasted);
  });

  it("dive: a whiteout naming a path no lower layer has stops dive's walk of that layer", () => {
    // dive walks layer 1 in byte order: ".wh.zz" comes first, names nothing below, and ends the walk before a and b.
    const ls = layers(['f:a:10', 'f:b:5'], ['w:.wh.zz', 'f:a:10', 'f:b:5']);
    expect(diveFigures(ls).wastedBytes).toBe(0);
    expect(computeWaste(ls).reclaimableBytes).toBe(15);
  });

  it('dive: user size is every layer but the first; efficiency is min/cumulative per path', () => {
    const d = diveFigures(layers(['f:a:100'], ['f:a:50', 'f:b:10']));
    expect(d.userSizeBytes).toBe(60);
    expect(d.wastedBytes).toBe(150);
    expect(d.efficiency).toBeCloseTo((50 + 10) / (150 + 10), 12);
    expect(d.wastedUserPercent).toBeCloseTo(150 / 60, 12);
  });

  it('exclusions (.dockerignore syntax, anchored at the root) leave paths out of every figure', () => {
    const ls = layers(['f:var/cache/x:10', 'f:a:5'], ['w:var/cache/.wh.x', 'f:a:7']);
    for (const patterns of [['var/cache'], ['/var/cache'], ['**/cache'], ['var/*/x']]) {
      const ex = wasteExcluder(patterns);
      expect(computeWaste(ls, { excluded: ex }).reclaimableBytes).toBe(5);
      expect(diveFigures(ls, (p) => ex(p)).wastedBytes).toBe(12);
    }
  });
});

describe('progress', () => {
  it('on a terminal: silent for quick work, then at most every 100 ms, cleared at the end', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ mode: 'tty', write: (s) => out.push(s), now: () => t });
    p.start('reading x.tar');
    p.update(1000, 10_000);
    t = 600;
    p.update(5_000_000, 10_000_000);
    t = 650;
    p.update(6_000_000, 10_000_000);
    t = 800;
    p.update(9_000_000, 10_000_000);
    p.finish();
    expect(out).toEqual([
      '\r\x1b[Kreading x.tar: 5.00 MB of ~10.0 MB (50%), 8.33 MB/s',
      '\r\x1b[Kreading x.tar: 9.00 MB of ~10.0 MB (90%), 11.3 MB/s',
      '\r\x1b[K',
    ]);
  });

  it('in GitHub Actions: a line every 10 s', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ mode: 'lines', write: (s) => out.push(s), now: () => t });
    p.start('exporting app from the engine');
    for (t = 0; t <= 25_000; t += 1000) p.update(t * 1000);
    p.finish();
    expect(out).toEqual([
      'docker-size-guard: exporting app from the engine: 10.0 MB, 1.00 MB/s\n',
      'docker-size-guard: exporting app from the engine: 20.0 MB, 1.00 MB/s\n',
    ]);
  });
});
