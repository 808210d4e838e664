// Registry-side helpers: raw Registry API V2 pushes (for manifests an engine cannot push), a token
// service for docker-registry's bearer-token auth (JWTs signed with a throw-away certificate), and
// htpasswd files. Used by registry.test.ts; none of this is product code.
import { createHash, createPrivateKey, sign, X509Certificate } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { must } from './helpers.js';

export function digestOf(b: Buffer): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

/** Monolithic blob upload (POST then PUT ?digest=). */
export async function pushBlob(registry: string, repo: string, data: Buffer): Promise<string> {
  const digest = digestOf(data);
  const start = await fetch(`http://${registry}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  if (start.status !== 202) throw new Error(`blob upload start: ${start.status} ${await start.text()}`);
  const loc = new URL(start.headers.get('location')!, `http://${registry}`);
  loc.searchParams.set('digest', digest);
  const put = await fetch(loc, { method: 'PUT', body: new Uint8Array(data), headers: { 'Content-Type': 'application/octet-stream' } });
  if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
  return digest;
}

export async function putManifest(registry: string, repo: string, tag: string, mediaType: string, body: Buffer): Promise<Response> {
  return fetch(`http://${registry}/v2/${repo}/manifests/${tag}`, {
    method: 'PUT',
    body: new Uint8Array(body),
    headers: { 'Content-Type': mediaType },
  });
}

export async function getJson(
  registry: string,
  repo: string,
  kind: 'manifests' | 'blobs',
  ref: string,
  accept?: string,
): Promise<{ body: Buffer; json: unknown; contentType: string }> {
  const res = await fetch(`http://${registry}/v2/${repo}/${kind}/${ref}`, { headers: accept ? { Accept: accept } : {} });
  if (res.status !== 200) throw new Error(`GET ${kind}/${ref}: ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { body, json: JSON.parse(body.toString('utf8')), contentType: res.headers.get('content-type') ?? '' };
}

export async function htpasswdFile(dir: string, user: string, password: string): Promise<string> {
  const r = await must('htpasswd', ['-Bbn', user, password]);
  const file = path.join(dir, 'htpasswd');
  await writeFile(file, r.stdout);
  return file;
}

export interface TokenServer {
  realm: string;
  certFile: string;
  service: string;
  issuer: string;
  /** Authorization headers the service received (to check where credentials went). */
  seen: (string | undefined)[];
  stop(): Promise<void>;
}

function b64url(b: Buffer | string): string {
  return Buffer.from(b).toString('base64url');
}

/**
 * A token service as docker-registry's `auth: token` expects: Basic credentials user:password get a
 * token with pull access to the scope asked for; anyone else gets a token without access.
 */
export async function startTokenServer(dir: string, user: string, password: string): Promise<TokenServer> {
  const keyFile = path.join(dir, 'token.key');
  const certFile = path.join(dir, 'token.crt');
  await must('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=dsg-test-token',
  ]);
  const key = createPrivateKey(await readFile(keyFile));
  const cert = new X509Certificate(await readFile(certFile));
  const service = 'dsg-test-registry';
  const issuer = 'dsg-test-issuer';
  const seen: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(req.headers.authorization);
    const ok = req.headers.authorization === 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
    if (req.headers.authorization && !ok) {
      res.writeHead(401).end('{"details":"bad credentials"}');
      return;
    }
    const scope = url.searchParams.get('scope') ?? '';
    const [type, name, actions] = [scope.split(':')[0], scope.split(':').slice(1, -1).join(':'), scope.split(':').at(-1)];
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5c: [cert.raw.toString('base64')] };
    const claims = {
      iss: issuer,
      sub: ok ? user : '',
      aud: url.searchParams.get('service'),
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: Math.random().toString(36).slice(2),
      access: ok && type === 'repository' ? [{ type, name, actions: (actions ?? '').split(',') }] : [],
    };
    const signing = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const token = `${signing}.${b64url(sign('sha256', Buffer.from(signing), key))}`;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    certFile,
    service,
    issuer,
    seen,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
