// DOCKER_HOST as the docker CLI reads it: unix:///path (default unix:///var/run/docker.sock), tcp://host:port
// (TLS when DOCKER_TLS_VERIFY is set, with certificates from DOCKER_CERT_PATH), http(s)://host:port. Pure.
import { UsageError } from '../../../util/errors.js';

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

export type Endpoint =
  | { kind: 'unix'; socketPath: string; display: string }
  | { kind: 'tcp'; host: string; port: number; tls: boolean; display: string };

export function parseDockerHost(value: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): Endpoint {
  const raw = value === undefined || value === '' ? DEFAULT_DOCKER_HOST : value;
  const display = raw;
  if (raw.startsWith('unix://')) {
    const socketPath = raw.slice('unix://'.length);
    if (socketPath === '') throw new UsageError(`DOCKER_HOST ${JSON.stringify(raw)} names no socket`);
    return { kind: 'unix', socketPath, display };
  }
  const m = /^(tcp|http|https):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(raw);
  if (!m) throw new UsageError(`DOCKER_HOST ${JSON.stringify(raw)} is not unix:///path or tcp://host:port`);
  const tls = m[1] === 'https' || (m[1] === 'tcp' && !!env.DOCKER_TLS_VERIFY);
  const port = m[3] !== undefined ? Number(m[3]) : tls ? 2376 : 2375;
  return { kind: 'tcp', host: m[2]!.replace(/^\[|\]$/g, ''), port, tls, display };
}
