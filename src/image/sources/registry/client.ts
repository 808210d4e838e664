// A Registry HTTP API V2 / OCI distribution client: GET manifests and small blobs, with the anonymous,
// basic and bearer-token challenge flows. Loopback registries are spoken to over plain HTTP (as Docker
// treats them as insecure by default); every other registry over HTTPS. Credentials and tokens are sent
// only to the registry and its token realm, and never appear in a message.
import { InputError } from '../../../util/errors.js';
import { basicAuth, parseChallenge, type CredentialLookup } from './auth.js';

export type FetchFn = typeof fetch;

export interface RegistryResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

const MAX_BODY = 16 * 1024 * 1024;

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

  /** Describes a failed response in one line. `what` names what was asked for. */
  failure(res: RegistryResponse, what: string): InputError {
    const code = registryErrorCode(res.body);
    const detail = code ? ` (${code})` : '';
    if (res.status === 401 || res.status === 403) {
      const c = this.creds.credentials;
      const how = c ? `with the credentials from ${c.from}` : this.creds.note ? `anonymously; ${this.creds.note}` : 'anonymously (set DOCKER_SIZE_GUARD_REGISTRY_USERNAME and DOCKER_SIZE_GUARD_REGISTRY_PASSWORD, or docker login)';
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
    try {
      res = await this.fetchFn(realm, { headers, redirect: 'follow' });
    } catch (e) {
      throw new InputError(`cannot reach the token service of the registry ${this.registry} (${realm.host}): ${netReason(e)}`);
    }
    const text = await res.text();
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

  private async send(url: string, accept: string | undefined, authorization: string | undefined): Promise<RegistryResponse> {
    const headers: Record<string, string> = { 'User-Agent': 'docker-size-guard' };
    if (accept) headers.Accept = accept;
    if (authorization) headers.Authorization = authorization;
    let res: Response;
    try {
      res = await this.fetchFn(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(120_000) });
    } catch (e) {
      throw new InputError(`cannot reach the registry ${this.registry}: ${netReason(e)}`);
    }
    const len = Number(res.headers.get('content-length') ?? '0');
    if (len > MAX_BODY) {
      await res.body?.cancel();
      throw new InputError(`the registry ${this.registry} sent ${len} bytes for a manifest or config; refusing more than ${MAX_BODY}`);
    }
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body };
  }
}

function netReason(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return 'no answer within 120 s';
  return err.cause?.code ?? err.cause?.message ?? err.message;
}

function registryErrorCode(body: Buffer): string | undefined {
  try {
    const j = JSON.parse(body.toString('utf8')) as { errors?: { code?: string }[] };
    return j.errors?.[0]?.code;
  } catch {
    return undefined;
  }
}
