// A minimal Docker Engine API client over the socket (or TCP): JSON requests and streamed responses.
// Talks to Docker and to Podman's Docker-compatible API alike; no docker CLI involved. Bounded: a JSON
// answer has at most 16 MiB; every request has an idle limit (60 s) and a deadline (60 s for JSON; the
// export shares the engine's overall deadline of 30 minutes), after which its stream is destroyed.
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { InputError } from '../../../util/errors.js';
import type { Endpoint } from './host.js';

/** Bytes a JSON answer (inspect, an error) may have. */
export const MAX_ENGINE_JSON = 16 * 1024 * 1024;
/** Deadline of a JSON request, answer and body together. */
export const JSON_DEADLINE_MS = 60_000;
/** Silence allowed while an answer streams. */
export const IDLE_MS = 60_000;
/** Deadline of the whole measurement on the engine (inspect, export and reading it): 30 minutes. */
export const ENGINE_DEADLINE_MS = 30 * 60_000;

export interface Deadlines {
  /** Silence allowed, ms. */
  idleMs: number;
  /** The request (answer and body) must be complete by this time (Date.now() ms). */
  until: number;
  /** The length of the deadline `until` ends, for the message. */
  totalMs: number;
}

/** Deadlines for one request: `totalMs` from now, or less when an overall deadline `until` comes first. */
export function deadlines(idleMs: number, totalMs: number, until = Infinity): Deadlines {
  const own = Date.now() + totalMs;
  return own <= until ? { idleMs, until: own, totalMs } : { idleMs, until, totalMs: Math.max(0, until - Date.now()) };
}

/** A request that met its deadline: its message says so. */
export class DeadlineError extends Error {}

export class EngineClient {
  constructor(
    readonly endpoint: Endpoint,
    private readonly env: Readonly<Record<string, string | undefined>> = {},
  ) {}

  /**
   * GET `apiPath`; resolves with the response (status included) or rejects with an InputError naming the host.
   * The response is destroyed (its reader sees a DeadlineError) at `d.until`, or after `d.idleMs` of silence.
   */
  get(apiPath: string, d: Deadlines = deadlines(IDLE_MS, JSON_DEADLINE_MS)): Promise<IncomingMessage> {
    const ep = this.endpoint;
    return new Promise((resolve, reject) => {
      const opts: https.RequestOptions = {
        method: 'GET',
        path: apiPath,
        headers: { Host: 'docker', 'User-Agent': 'docker-size-guard' },
        timeout: d.idleMs,
      };
      let req: http.ClientRequest;
      let answer: IncomingMessage | undefined;
      // Destroys the answer (its reader sees the error) or, before there is one, the request.
      const stop = (e: DeadlineError): void => void (answer ? answer.destroy(e) : req.destroy(e));
      const left = Math.max(0, d.until - Date.now());
      const timer = setTimeout(
        () =>
          stop(
            new DeadlineError(
              `the Docker engine at ${ep.display} did not complete ${apiPath} within ${Math.round(d.totalMs / 100) / 10} s`,
            ),
          ),
        left,
      );
      timer.unref();
      const done = (res: IncomingMessage): void => {
        answer = res;
        res.once('close', () => clearTimeout(timer));
        resolve(res);
      };
      if (ep.kind === 'unix') req = http.request({ ...opts, socketPath: ep.socketPath }, done);
      else if (ep.tls) req = https.request({ ...opts, host: ep.host, port: ep.port, ...this.tlsFiles() }, done);
      else req = http.request({ ...opts, host: ep.host, port: ep.port }, done);
      req.on('timeout', () => stop(new DeadlineError(`the Docker engine at ${ep.display} sent nothing for ${d.idleMs / 1000} s`)));
      req.on('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(e instanceof DeadlineError ? new InputError(e.message) : this.unreachable(e));
      });
      req.end();
    });
  }

  /** Reads a whole answer up to MAX_ENGINE_JSON bytes; past that, or past a deadline, an InputError. */
  async body(res: IncomingMessage, apiPath: string): Promise<string> {
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const c of res) {
        total += (c as Buffer).length;
        if (total > MAX_ENGINE_JSON) {
          res.destroy();
          throw new InputError(
            `the Docker engine at ${this.endpoint.display} sent more than ${MAX_ENGINE_JSON} bytes for ${apiPath}; refusing more`,
          );
        }
        chunks.push(c as Buffer);
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      if (e instanceof DeadlineError) throw new InputError(e.message);
      throw this.unreachable(e as NodeJS.ErrnoException);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /** GET and parse JSON; non-2xx statuses resolve with the engine's message. */
  async json(apiPath: string, d?: Deadlines): Promise<{ status: number; body: unknown; message: string }> {
    const res = await this.get(apiPath, d);
    const text = await this.body(res, apiPath);
    let body: unknown;
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
    const hint =
      e.code === 'EACCES'
        ? ' (permission denied: is this user allowed to use the socket?)'
        : ' (is the daemon running? set DOCKER_HOST to its socket)';
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
