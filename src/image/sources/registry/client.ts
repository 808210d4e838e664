// A Registry HTTP API V2 / OCI distribution client: GET manifests and small blobs, with the anonymous,
// basic and bearer-token challenge flows. Loopback registries are spoken to over plain HTTP (as Docker
// treats them as insecure by default); every other registry over HTTPS. Credentials and tokens are sent
// only to the registry and its token realm, and never appear in a message. Bounded: every body is read
// with a byte cap as it streams (16 MiB; the token answer 1 MiB) and every request, body included, has a
// deadline (120 s).
import { InputError } from '../../../util/errors.js';
import { BodyLimit, readCapped } from '../../../util/http.js';
import { basicAuth, parseChallenge, type CredentialLookup } from './auth.js';

export type FetchFn = typeof fetch;

export interface RegistryResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Bytes a manifest, config or error body may have (read as it streams; a body without Content-Length too). */
export const MAX_BODY = 16 * 1024 * 1024;
/** Bytes a token endpoint's answer may have (a token is a few KB). */
export const MAX_TOKEN_BODY = 1024 * 1024;
/** Deadline of one request, headers and body together (a server trickling bytes meets it too). */
export const REQUEST_DEADLINE_MS = 120_000;

export function isLoopback(host: string): boolean {
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return h === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::1';
}

export function registryBase(registry: string): string {
  if (registry === 'docker.io') return 'https://registry-1.docker.io';
  return `${isLoopback(registry) ? 'http' : 'https'}://${registry}`;
}

export class RegistryClient {
  private readonly base: string;
  /** Authorization header per repository, once a challenge was answered. */
  private readonly auth = new Map<string, string>();

  constructor(
    readonly registry: string,
    private readonly creds: CredentialLookup,
    private readonly fetchFn: FetchFn = fetch,
    private readonly deadlineMs = REQUEST_DEADLINE_MS,
  ) {
    this.base = registryBase(registry);
  }

  /** GET /v2/<repository>/<kind>/<ref>; answers any status (after one authentication round), throws on network errors. */
  async get(repository: string, kind: 'manifests' | 'blobs', ref: string, accept?: string): Promise<RegistryResponse> {
    const url = `${this.base}/v2/${repository}/${kind}/${ref}`;
    let res = await this.send(url, accept, this.auth.get(repository));
    if (res.status === 401) {
      const header = await this.answer(res.headers.get('www-authenticate'), repository);
      if (header !== undefined) {
        this.auth.set(repository, header);
        res = await this.send(url, accept, header);
      }
    }
    return res;
  }

  /**
   * GET a blob as a stream (a layer): the response after one authentication round; the caller reads (or
   * cancels) its body. Throws on network errors.
   */
  async openBlob(repository: string, digest: string): Promise<Response> {
    const url = `${this.base}/v2/${repository}/blobs/${digest}`;
    let res = await this.open(url, undefined, this.auth.get(repository), 30 * 60_000);
    if (res.status === 401) {
      await res.body?.cancel();
      const header = await this.answer(res.headers.get('www-authenticate'), repository);
      if (header !== undefined) {
        this.auth.set(repository, header);
        res = await this.open(url, undefined, header, 30 * 60_000);
      }
    }
    return res;
  }

  /** Describes a failed response in one line. `what` names what was asked for. */
  failure(res: RegistryResponse, what: string): InputError {
    const code = registryErrorCode(res.body);
    const detail = code ? ` (${code})` : '';
    if (res.status === 401 || res.status === 403) {
      const c = this.creds.credentials;
      const how = c
        ? `with the credentials from ${c.from}`
        : this.creds.note
          ? `anonymously; ${this.creds.note}`
          : 'anonymously (set DOCKER_SIZE_GUARD_REGISTRY_USERNAME and DOCKER_SIZE_GUARD_REGISTRY_PASSWORD, or docker login)';
      return new InputError(`the registry ${this.registry} refused access to ${what} ${how}: ${res.status}${detail}`);
    }
    if (res.status === 404) return new InputError(`${what} not found on the registry ${this.registry}: 404${detail}`);
    return new InputError(`the registry ${this.registry} answered ${res.status}${detail} for ${what}`);
  }

  private async answer(header: string | null, repository: string): Promise<string | undefined> {
    const ch = parseChallenge(header);
    if (!ch) return undefined;
    const c = this.creds.credentials;
    if (ch.scheme === 'basic') return c ? basicAuth(c) : undefined;
    if (ch.scheme !== 'bearer' || !ch.params.realm) return undefined;
    let realm: URL;
    try {
      realm = new URL(ch.params.realm);
    } catch {
      throw new InputError(`the registry ${this.registry} sent a bad token realm`);
    }
    if (ch.params.service) realm.searchParams.set('service', ch.params.service);
    realm.searchParams.set('scope', ch.params.scope ?? `repository:${repository}:pull`);
    const headers: Record<string, string> = { 'User-Agent': 'docker-size-guard' };
    if (c) headers.Authorization = basicAuth(c);
    let res: Response;
    let text: string;
    const signal = AbortSignal.timeout(this.deadlineMs);
    try {
      res = await this.fetchFn(realm, { headers, redirect: 'follow', signal });
      text = (await readCapped(res, MAX_TOKEN_BODY)).toString('utf8');
    } catch (e) {
      if (e instanceof BodyLimit)
        throw new InputError(
          `the token service of the registry ${this.registry} (${realm.host}) sent ${e.message}; refusing more than ${MAX_TOKEN_BODY}`,
        );
      throw new InputError(
        `cannot reach the token service of the registry ${this.registry} (${realm.host}): ${netReason(e, this.deadlineMs)}`,
      );
    }
    if (res.status === 401 || res.status === 403) {
      throw new InputError(
        `the token service of the registry ${this.registry} refused ${c ? `the credentials from ${c.from}` : 'anonymous access'}: ${res.status}`,
      );
    }
    if (!res.ok) throw new InputError(`the token service of the registry ${this.registry} answered ${res.status}`);
    let token: string | undefined;
    try {
      const body = JSON.parse(text) as { token?: string; access_token?: string };
      token = body.token || body.access_token;
    } catch {
      /* not JSON */
    }
    if (!token) throw new InputError(`the token service of the registry ${this.registry} sent no token`);
    return `Bearer ${token}`;
  }

  /** Opens a request whose body the caller streams (layer blobs); `timeoutMs` bounds the whole response. */
  private async open(url: string, accept: string | undefined, authorization: string | undefined, timeoutMs: number): Promise<Response> {
    const headers: Record<string, string> = { 'User-Agent': 'docker-size-guard' };
    if (accept) headers.Accept = accept;
    if (authorization) headers.Authorization = authorization;
    try {
      return await this.fetchFn(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new InputError(`cannot reach the registry ${this.registry}: ${netReason(e, timeoutMs)}`);
    }
  }

  private async send(url: string, accept: string | undefined, authorization: string | undefined): Promise<RegistryResponse> {
    const headers: Record<string, string> = { 'User-Agent': 'docker-size-guard' };
    if (accept) headers.Accept = accept;
    if (authorization) headers.Authorization = authorization;
    let res: Response;
    let body: Buffer;
    try {
      res = await this.fetchFn(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(this.deadlineMs) });
      body = await readCapped(res, MAX_BODY);
    } catch (e) {
      if (e instanceof BodyLimit)
        throw new InputError(`the registry ${this.registry} sent ${e.message} for a manifest or config; refusing more than ${MAX_BODY}`);
      throw new InputError(`cannot reach the registry ${this.registry}: ${netReason(e, this.deadlineMs)}`);
    }
    return { status: res.status, headers: res.headers, body };
  }
}

function netReason(e: unknown, deadlineMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no complete answer within ${deadlineMs / 1000} s`;
  return err.cause?.code ?? err.cause?.message ?? err.message;
}

function registryErrorCode(body: Buffer): string | undefined {
  try {
    const j = JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown }[] };
    const code = j.errors?.[0]?.code;
    // An error code is an identifier (MANIFEST_UNKNOWN); anything else from the server is not repeated.
    return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
