// A minimal Docker Engine API client over the socket (or TCP): JSON requests and streamed responses.
// Talks to Docker and to Podman's Docker-compatible API alike; no docker CLI involved.
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { InputError } from '../../../util/errors.js';
import type { Endpoint } from './host.js';

export class EngineClient {
  constructor(
    readonly endpoint: Endpoint,
    private readonly env: Readonly<Record<string, string | undefined>> = {},
  ) {}

  /** GET `apiPath`; resolves with the response (status included) or rejects with an InputError naming the host. */
  get(apiPath: string, timeoutMs = 60_000): Promise<IncomingMessage> {
    const ep = this.endpoint;
    return new Promise((resolve, reject) => {
      const opts: https.RequestOptions = { method: 'GET', path: apiPath, headers: { Host: 'docker', 'User-Agent': 'docker-size-guard' }, timeout: timeoutMs };
      let req: http.ClientRequest;
      if (ep.kind === 'unix') req = http.request({ ...opts, socketPath: ep.socketPath }, resolve);
      else if (ep.tls) req = https.request({ ...opts, host: ep.host, port: ep.port, ...this.tlsFiles() }, resolve);
      else req = http.request({ ...opts, host: ep.host, port: ep.port }, resolve);
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
      req.on('error', (e: NodeJS.ErrnoException) => reject(this.unreachable(e)));
      req.end();
    });
  }

  /** GET and parse JSON; non-2xx statuses resolve with the engine's message. */
  async json(apiPath: string): Promise<{ status: number; body: unknown; message: string }> {
    const res = await this.get(apiPath);
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    const message = (body as { message?: string } | undefined)?.message ?? text.trim().split('\n')[0] ?? '';
    return { status: res.statusCode ?? 0, body, message };
  }

  unreachable(e: NodeJS.ErrnoException): InputError {
    const why = e.code ?? e.message;
    const hint = e.code === 'EACCES' ? ' (permission denied: is this user allowed to use the socket?)' : ' (is the daemon running? set DOCKER_HOST to its socket)';
    return new InputError(`cannot reach the Docker engine at ${this.endpoint.display}: ${why}${hint}`);
  }

  private tlsFiles(): { ca?: Buffer; cert?: Buffer; key?: Buffer } {
    const dir = this.env.DOCKER_CERT_PATH || path.join(this.env.HOME ?? '', '.docker');
    const read = (f: string): Buffer | undefined => {
      try {
        return readFileSync(path.join(dir, f));
      } catch {
        return undefined;
      }
    };
    return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
  }
}

/** The image name as a path segment: as the docker CLI sends it ('/' and ':' stay, the rest is escaped). */
export function imagePath(name: string): string {
  return encodeURIComponent(name).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%40/gi, '@');
}
