// A local Actions results service: the Twirp JSON protocol that @actions/artifact speaks
// (github.actions.results.api.v1.ArtifactService: CreateArtifact, FinalizeArtifact, ListArtifacts,
// GetSignedArtifactURL, DeleteArtifact). Requests are decoded with the client's own protobuf message
// types (unknown fields rejected) and responses encoded with them; the bearer token is the runner's
// ACTIONS_RUNTIME_TOKEN, a JWT whose scp claim names the run and job. Blobs go to Azurite through
// SAS URLs, and a finalized artifact shows in the World, where the REST API lists it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BlobStore } from './azurite.js';
import type { Run, World } from './world.js';

interface MessageType {
  fromJson(json: unknown, opts?: { ignoreUnknownFields?: boolean }): Record<string, unknown>;
  toJson(msg: unknown, opts?: { useProtoFieldName?: boolean }): unknown;
  create(value?: Record<string, unknown>): unknown;
}
interface Proto {
  ArtifactService: { typeName: string; methods: { name: string; I: MessageType; O: MessageType }[] };
  Timestamp: { toDate(t: unknown): Date; fromDate(d: Date): unknown };
}

const SERVICE = 'github.actions.results.api.v1.ArtifactService';

async function loadProto(): Promise<Proto> {
  // The package exports only its entry point; its generated message types sit beside it.
  const main = import.meta.resolve('@actions/artifact');
  return (await import(new URL('generated/index.js', main).href)) as Proto;
}

/** The runner's ACTIONS_RUNTIME_TOKEN for a run: an (unsigned) JWT with the Actions.Results scope. */
export function runtimeToken(run: Run): string {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${run.backendId}:${run.jobBackendId}`;
  return `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64({ scp, iss: 'vstoken.actions.githubusercontent.com', exp: 4102444800 })}.c2ln`;
}

function scopeOf(auth: string | undefined): { run: string; job: string } | undefined {
  const m = /^Bearer (\S+)$/.exec(auth ?? '');
  if (!m) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(m[1]!.split('.')[1]!, 'base64url').toString()) as { scp?: string };
    const s = claims.scp
      ?.split(' ')
      .find((x) => x.startsWith('Actions.Results:'))
      ?.split(':');
    return s && s.length === 3 ? { run: s[1]!, job: s[2]! } : undefined;
  } catch {
    return undefined;
  }
}

export interface ResultsServer {
  url: string;
  stop(): Promise<void>;
}

export async function startResults(world: World, blobs: BlobStore): Promise<ResultsServer> {
  const proto = await loadProto();
  const methods = new Map(proto.ArtifactService.methods.map((m) => [m.name, m]));
  const twirpError = (status: number, code: string, msg: string) => ({ status, body: { code, msg } });

  async function handle(method: string, auth: string | undefined, raw: string): Promise<{ status: number; body: unknown }> {
    const m = methods.get(method);
    if (!m) return twirpError(404, 'bad_route', `no handler for path "/twirp/${SERVICE}/${method}"`);
    const scope = scopeOf(auth);
    const run = scope && [...world.runs.values()].find((r) => r.backendId === scope.run && r.jobBackendId === scope.job);
    if (!run) return twirpError(401, 'unauthenticated', 'invalid runtime token');
    let req: Record<string, unknown>;
    try {
      req = m.I.fromJson(JSON.parse(raw));
    } catch (e) {
      return twirpError(400, 'malformed', `the json request could not be decoded: ${(e as Error).message}`);
    }
    if (req.workflowRunBackendId !== run.backendId || req.workflowJobRunBackendId !== run.jobBackendId) {
      return twirpError(403, 'permission_denied', 'the backend ids do not match the token');
    }
    const ofRun = [...world.artifacts.values()].filter((a) => a.runId === run.id);
    const out = (v: Record<string, unknown>) => ({ status: 200, body: m.O.toJson(m.O.create(v), { useProtoFieldName: true }) });
    switch (method) {
      case 'CreateArtifact': {
        const name = String(req.name);
        if (Number(req.version) < 4) return twirpError(400, 'invalid_argument', 'unsupported artifact version');
        // Artifact names are immutable within a run, re-runs included.
        if (ofRun.some((a) => a.name === name))
          return twirpError(409, 'already_exists', 'an artifact with this name already exists on the workflow run');
        const expires = req.expiresAt ? proto.Timestamp.toDate(req.expiresAt) : new Date(Date.now() + 90 * 86400_000);
        const id = world.id();
        const blob = `${run.backendId}/${id}/${name}.zip`;
        world.artifacts.set(id, {
          id,
          name,
          runId: run.id,
          blob,
          size: 0,
          digest: null,
          createdAt: world.now(),
          expiresAt: expires.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          finalized: false,
        });
        return out({ ok: true, signedUploadUrl: blobs.signedUrl(blob, 'cw') });
      }
      case 'FinalizeArtifact': {
        const a = ofRun.find((x) => x.name === req.name && !x.finalized);
        if (!a) return twirpError(404, 'not_found', 'artifact not found');
        const size = await blobs.size(a.blob);
        if (size === undefined) return twirpError(400, 'failed_precondition', 'the artifact was not uploaded');
        if (String(size) !== String(req.size)) return twirpError(400, 'invalid_argument', `size mismatch: ${req.size} != ${size}`);
        a.size = size;
        a.digest = (req.hash as { value?: string } | undefined)?.value ?? null;
        a.finalized = true;
        return out({ ok: true, artifactId: String(a.id) });
      }
      case 'ListArtifacts': {
        const name = (req.nameFilter as { value?: string } | undefined)?.value;
        const id = (req.idFilter as { value?: string } | undefined)?.value;
        const list = ofRun.filter(
          (a) => a.finalized && (name === undefined || a.name === name) && (id === undefined || String(a.id) === id),
        );
        return out({
          artifacts: list.map((a) => ({
            workflowRunBackendId: run.backendId,
            workflowJobRunBackendId: run.jobBackendId,
            databaseId: String(a.id),
            name: a.name,
            size: String(a.size),
            createdAt: proto.Timestamp.fromDate(new Date(a.createdAt)),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = ofRun.find((x) => x.name === req.name && x.finalized);
        if (!a) return twirpError(404, 'not_found', 'artifact not found');
        return out({ signedUrl: blobs.signedUrl(a.blob, 'r') });
      }
      case 'DeleteArtifact': {
        const a = ofRun.find((x) => x.name === req.name && x.finalized);
        if (!a) return twirpError(404, 'not_found', 'artifact not found');
        world.artifacts.delete(a.id);
        await blobs.container.deleteBlob(a.blob).catch(() => undefined);
        return out({ ok: true, artifactId: String(a.id) });
      }
      default:
        return twirpError(501, 'unimplemented', method);
    }
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const prefix = `/twirp/${SERVICE}/`;
      const path = req.url ?? '';
      const done = (r: { status: number; body: unknown }): void => {
        world.requests.push({ method: req.method ?? 'POST', path, operation: `twirp/${path.slice(prefix.length)}`, status: r.status });
        res.writeHead(r.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(r.body));
      };
      if (req.method !== 'POST' || !path.startsWith(prefix)) return done(twirpError(404, 'bad_route', `no handler for path "${path}"`));
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        return done(twirpError(400, 'malformed', 'unexpected Content-Type'));
      handle(path.slice(prefix.length), req.headers.authorization, Buffer.concat(chunks).toString('utf8')).then(done, (e: unknown) =>
        done(twirpError(500, 'internal', String(e))),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
